package dev.tiersync.salesforce.resilience;

import java.time.Duration;

/**
 * How calls to one org are retried, broken and paced, under {@code tiersync.resilience.*}; a bad value is
 * refused naming its key.
 *
 * @param maxAttempts attempts of a call that fails for a transient reason (503, reset, timeout), the first included
 * @param initialBackoff the wait before the first retry; it doubles each time, with ±50 % jitter
 * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
 * @param openFor how long an open circuit refuses calls before it lets a few through again
 * @param callsPerSecond calls allowed per second to this org: Salesforce sets no such limit (its limits are the daily
 *        requests and the long-running ones at once), so this only bounds a burst; a pull from an org that answered
 *        at once was held to it at the former default of 50
 */
public record ResilienceSettings(int maxAttempts, Duration initialBackoff, float failureRateThreshold, Duration openFor,
                                 int callsPerSecond) {

    static final String PREFIX = "tiersync.resilience.";

    public ResilienceSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(PREFIX + "max-attempts must be 1 or more, was " + maxAttempts);
        }
        if (initialBackoff == null || initialBackoff.isNegative()) {
            throw new IllegalArgumentException(PREFIX + "initial-backoff must not be negative, was " + initialBackoff);
        }
        if (openFor == null || openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException(PREFIX + "open-for must be positive, was " + openFor);
        }
        if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)) {
            throw new IllegalArgumentException(PREFIX + "failure-rate-threshold must be a percentage above 0, at most 100, was "
                    + failureRateThreshold);
        }
        if (callsPerSecond < 1) {
            throw new IllegalArgumentException(PREFIX + "calls-per-second must be 1 or more, was " + callsPerSecond);
        }
    }

    public static ResilienceSettings defaults() {
        return new ResilienceSettings(5, Duration.ofMillis(500), 50, Duration.ofSeconds(30), 200);
    }
}
