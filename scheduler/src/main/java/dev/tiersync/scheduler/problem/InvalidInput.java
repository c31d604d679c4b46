package dev.tiersync.scheduler.problem;

import java.util.function.Supplier;

/** Input that cannot be used as given: a flag, a file, a setting, a request body or parameter. */
public final class InvalidInput extends UserProblem {

    public InvalidInput(String message) {
        super(message, null);
    }

    public InvalidInput(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Reads input with code that refuses bad values with {@link IllegalArgumentException} (the domain's
     * validated constructors, parsers), turning that refusal into invalid input with the same message.
     */
    public static <T> T from(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage(), e);
        }
    }
}
