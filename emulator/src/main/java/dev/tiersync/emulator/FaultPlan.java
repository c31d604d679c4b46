package dev.tiersync.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The failures an emulated org injects, deterministically from a seed for a given sequence of calls.
 *
 * @param lockFailureRate share of updated records refused with {@code UNABLE_TO_LOCK_ROW}
 * @param validationFailureIds records whose updates a validation rule refuses ({@code FIELD_CUSTOM_VALIDATION_EXCEPTION})
 * @param unavailableRate share of calls answered with HTTP 503 and an HTML maintenance page
 * @param resetRate share of calls whose connection is reset without an answer
 * @param slowRate share of calls answered only after {@code slowDelay}
 * @param sessionExpiryAfterCalls a session expires after this many calls (0: never)
 * @param dailyLimitAfterCalls the daily API limit is reached after this many calls (0: only the configured limit)
 */
public record FaultPlan(long seed, double lockFailureRate, Set<String> validationFailureIds, double unavailableRate,
                        double resetRate, double slowRate, Duration slowDelay, int sessionExpiryAfterCalls,
                        int dailyLimitAfterCalls) {

    public FaultPlan {
        requireRate("lock failure rate", lockFailureRate);
        requireRate("unavailable rate", unavailableRate);
        requireRate("reset rate", resetRate);
        requireRate("slow rate", slowRate);
        validationFailureIds = Set.copyOf(Objects.requireNonNull(validationFailureIds, "validationFailureIds"));
        Objects.requireNonNull(slowDelay, "slowDelay");
        if (slowDelay.isNegative()) {
            throw new IllegalArgumentException("slow delay must not be negative, was " + slowDelay);
        }
        if (sessionExpiryAfterCalls < 0 || dailyLimitAfterCalls < 0) {
            throw new IllegalArgumentException("call counts must be 0 (off) or more");
        }
    }

    public static FaultPlan none() {
        return new FaultPlan(1, 0, Set.of(), 0, 0, 0, Duration.ZERO, 0, 0);
    }

    public FaultPlan withSeed(long value) {
        return new FaultPlan(value, lockFailureRate, validationFailureIds, unavailableRate, resetRate, slowRate, slowDelay,
                sessionExpiryAfterCalls, dailyLimitAfterCalls);
    }

    public FaultPlan withLockFailures(double rate) {
        return new FaultPlan(seed, rate, validationFailureIds, unavailableRate, resetRate, slowRate, slowDelay,
                sessionExpiryAfterCalls, dailyLimitAfterCalls);
    }

    public FaultPlan withValidationFailures(Set<String> ids) {
        return new FaultPlan(seed, lockFailureRate, ids, unavailableRate, resetRate, slowRate, slowDelay,
                sessionExpiryAfterCalls, dailyLimitAfterCalls);
    }

    public FaultPlan withUnavailable(double rate) {
        return new FaultPlan(seed, lockFailureRate, validationFailureIds, rate, resetRate, slowRate, slowDelay,
                sessionExpiryAfterCalls, dailyLimitAfterCalls);
    }

    public FaultPlan withResets(double rate) {
        return new FaultPlan(seed, lockFailureRate, validationFailureIds, unavailableRate, rate, slowRate, slowDelay,
                sessionExpiryAfterCalls, dailyLimitAfterCalls);
    }

    public FaultPlan withSlowResponses(double rate, Duration delay) {
        return new FaultPlan(seed, lockFailureRate, validationFailureIds, unavailableRate, resetRate, rate, delay,
                sessionExpiryAfterCalls, dailyLimitAfterCalls);
    }

    public FaultPlan withSessionExpiryAfterCalls(int calls) {
        return new FaultPlan(seed, lockFailureRate, validationFailureIds, unavailableRate, resetRate, slowRate, slowDelay,
                calls, dailyLimitAfterCalls);
    }

    public FaultPlan withDailyLimitAfterCalls(int calls) {
        return new FaultPlan(seed, lockFailureRate, validationFailureIds, unavailableRate, resetRate, slowRate, slowDelay,
                sessionExpiryAfterCalls, calls);
    }

    private static void requireRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + rate);
        }
    }
}
