package dev.tiersync.scheduler.cli;

import dev.tiersync.scheduler.problem.UserProblem;
import dev.tiersync.sync.SyncStatus;
import picocli.CommandLine;

/** The command line's exit codes: the one place a sync's status or a problem becomes one. */
final class ExitCodes {

    static final int SUCCEEDED = 0;
    static final int FAILED = 1;
    static final int USAGE = CommandLine.ExitCode.USAGE;
    static final int PARTIALLY_FAILED = 3;
    static final int DEFERRED = 4;
    /** Another run holds the org (its snapshot is shared): this one did not start and changed nothing. */
    static final int ORG_BUSY = 5;
    /** The safety brake stopped the run before any write: too many accounts would change tier. */
    static final int BRAKED = 6;

    private ExitCodes() {
    }

    static int of(SyncStatus status) {
        return switch (status) {
            case SUCCEEDED -> SUCCEEDED;
            case PARTIALLY_FAILED -> PARTIALLY_FAILED;
            case DEFERRED -> DEFERRED;
            case BRAKED -> BRAKED;
            case SKIPPED -> ORG_BUSY;
            case FAILED -> FAILED;
        };
    }

    /**
     * A problem the user can fix: the command line or its input is wrong (2); or the state forbids the run for
     * now, such as the snapshot being in use by another run (5, as a run of an org another run holds).
     */
    static int of(UserProblem problem) {
        return problem instanceof dev.tiersync.scheduler.problem.Conflict ? ORG_BUSY : USAGE;
    }
}
