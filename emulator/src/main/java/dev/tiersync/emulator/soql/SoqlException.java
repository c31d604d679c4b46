package dev.tiersync.emulator.soql;

/** A query Salesforce would refuse, with the fault code it would use and where in the query. */
public final class SoqlException extends RuntimeException {

    /** The fault a bad query gets. */
    public enum Kind { MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE }

    private final Kind kind;
    private final int row;
    private final int column;

    SoqlException(Kind kind, String message, int row, int column) {
        super(message);
        this.kind = kind;
        this.row = row;
        this.column = column;
    }

    public Kind kind() {
        return kind;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }
}
