package dev.tiersync.emulator;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Seed data a real org would refuse, found while loading a folder of CSV files: the one-line message
 * names the file, the line and, for a value, the column, and says what to fix.
 */
public final class SeedDataException extends IllegalArgumentException {

    private final transient Path file;
    private final long line;
    private final String column;

    /**
     * @param line the line of the file, from 1; 0 when the problem is the file as a whole
     * @param column the column of the value, or null when the problem is not one value
     */
    public SeedDataException(Path file, long line, String column, String problem) {
        super(file + (line > 0 ? " line " + line : "") + (column != null ? ", column " + column : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    /** The line, from 1; 0 for the file as a whole. */
    public long line() {
        return line;
    }

    public Optional<String> column() {
        return Optional.ofNullable(column);
    }
}
