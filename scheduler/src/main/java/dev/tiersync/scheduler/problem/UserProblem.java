package dev.tiersync.scheduler.problem;

/**
 * A problem the person or script asking can fix: bad input, a name that matches nothing, or a state that
 * forbids the request for now. Its message says what to fix and never carries a secret. Anything else that
 * goes wrong is TierSync's fault, and is reported as such ({@link dev.tiersync.scheduler.api} answers 500,
 * the command line exits 1), with the stack trace in the log.
 */
public abstract sealed class UserProblem extends RuntimeException permits InvalidInput, NotFound, Conflict {

    UserProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
