package dev.tiersync.sync;

/** The snapshot store failed; the message says what the sync was doing. */
public final class SnapshotStoreException extends RuntimeException {

    public SnapshotStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
