package dev.tiersync.scheduler.problem;

/** The request is right but the state forbids it for now: a run is already under way, nothing was pulled yet. */
public final class Conflict extends UserProblem {

    public Conflict(String message) {
        super(message, null);
    }

    public Conflict(String message, Throwable cause) {
        super(message, cause);
    }
}
