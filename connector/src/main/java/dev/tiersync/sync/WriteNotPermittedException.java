package dev.tiersync.sync;

/** A run may write nothing more; the message says why. */
public final class WriteNotPermittedException extends RuntimeException {

    public WriteNotPermittedException(String message) {
        super(message);
    }
}
