package dev.tiersync.scheduler.cli;

import dev.tiersync.sync.SyncStatus;

/** The exit code of a command that ran a sync. */
final class ExitCodes {

    static final int SUCCEEDED = 0;
    static final int FAILED = 1;
    static final int PARTIALLY_FAILED = 3;
    static final int DEFERRED = 4;

    private ExitCodes() {
    }

    static int of(SyncStatus status) {
        return switch (status) {
            case SUCCEEDED -> SUCCEEDED;
            case PARTIALLY_FAILED -> PARTIALLY_FAILED;
            case DEFERRED -> DEFERRED;
            case FAILED, BRAKED -> FAILED;
        };
    }
}
