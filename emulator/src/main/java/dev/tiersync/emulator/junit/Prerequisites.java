package dev.tiersync.emulator.junit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (a database, a browser, {@code ../shared}). On a developer's clone a
 * missing one skips the test with the message; under {@code CI=true} it fails the test, so CI never
 * passes by running less.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /** Whether this run is CI's: the environment variable {@code CI} is {@code true}. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Goes on when {@code present}; otherwise skips the test, or under CI fails it, saying what is missing.
     *
     * @param missing what is missing and how to provide it
     */
    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (inCi()) {
            Assertions.fail("CI=true and " + missing);
        }
        Assumptions.abort(missing);
    }
}
