package dev.tiersync.salesforce.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How calls to one org are retried, broken and paced.
 *
 * @param maxAttempts attempts of a call that fails for a transient reason (503, reset, timeout), the first included
 * @param initialBackoff the wait before the first retry; it doubles each time, with ±50 % jitter
 * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
 * @param openFor how long an open circuit refuses calls before it lets a few through again
 * @param callsPerSecond calls allowed per second to this org
 */
public record ResilienceSettings(int maxAttempts, Duration initialBackoff, float failureRateThreshold, Duration openFor,
                                 int callsPerSecond) {

    public ResilienceSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be 1 or more, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(openFor, "openFor");
        if (initialBackoff.isNegative() || openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("backoff must not be negative and the open time must be positive");
        }
        if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)) {
            throw new IllegalArgumentException("failure rate threshold must be a percentage above 0, was " + failureRateThreshold);
        }
        if (callsPerSecond < 1) {
            throw new IllegalArgumentException("calls per second must be 1 or more, was " + callsPerSecond);
        }
    }

    public static ResilienceSettings defaults() {
        return new ResilienceSettings(5, Duration.ofMillis(500), 50, Duration.ofSeconds(30), 50);
    }
}
