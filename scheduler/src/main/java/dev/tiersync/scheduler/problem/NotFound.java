package dev.tiersync.scheduler.problem;

/** A name that matches nothing: an org that is not configured, a run that is not in the history. */
public final class NotFound extends UserProblem {

    public NotFound(String message) {
        super(message, null);
    }

    public static NotFound org(String name) {
        return new NotFound("no org is named '" + name + "'");
    }
}
