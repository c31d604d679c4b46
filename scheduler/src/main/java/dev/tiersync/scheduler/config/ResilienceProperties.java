package dev.tiersync.scheduler.config;

import dev.tiersync.salesforce.resilience.ResilienceSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How calls to each org are retried, broken and paced, under {@code tiersync.resilience.*}; every key is
 * optional and defaults to {@link ResilienceSettings#defaults()}. Checked when bound, naming the key.
 */
@ConfigurationProperties("tiersync.resilience")
public record ResilienceProperties(Integer maxAttempts, Duration initialBackoff, Float failureRateThreshold, Duration openFor,
                                   Integer callsPerSecond) {

    public ResilienceProperties {
        toSettings(maxAttempts, initialBackoff, failureRateThreshold, openFor, callsPerSecond);
    }

    public ResilienceSettings toSettings() {
        return toSettings(maxAttempts, initialBackoff, failureRateThreshold, openFor, callsPerSecond);
    }

    private static ResilienceSettings toSettings(Integer maxAttempts, Duration initialBackoff, Float failureRateThreshold,
                                                 Duration openFor, Integer callsPerSecond) {
        ResilienceSettings d = ResilienceSettings.defaults();
        return new ResilienceSettings(maxAttempts == null ? d.maxAttempts() : maxAttempts,
                initialBackoff == null ? d.initialBackoff() : initialBackoff,
                failureRateThreshold == null ? d.failureRateThreshold() : failureRateThreshold,
                openFor == null ? d.openFor() : openFor, callsPerSecond == null ? d.callsPerSecond() : callsPerSecond);
    }
}
