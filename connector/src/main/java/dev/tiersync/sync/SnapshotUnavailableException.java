package dev.tiersync.sync;

/**
 * The snapshot database cannot be used as it is, for a reason the person running TierSync can act on; the
 * message says what happened and what to do.
 */
public final class SnapshotUnavailableException extends RuntimeException {

    /** Why the snapshot database cannot be used. */
    public enum Reason {
        /** Another process has the embedded database file open: another run, or serve. Nothing was changed. */
        IN_USE,
        /** The file is empty, cut short or corrupted; the message says how to rebuild it with a full pull. */
        DAMAGED,
        /** The file or its folder cannot be created or written. */
        NOT_WRITABLE
    }

    private final Reason reason;

    public SnapshotUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
