package dev.tiersync.emulator.soql;

/** A token of a SOQL query with its 1-based column. */
record Token(Type type, String text, int column) {

    enum Type { WORD, STRING, NUMBER, DATE, DATETIME, SYMBOL, END }

    boolean is(String keyword) {
        return type == Type.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return type == Type.SYMBOL && text.equals(symbol);
    }
}
