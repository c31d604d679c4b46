package dev.tiersync.scheduler.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Run history, under {@code tiersync.history.*}.
 *
 * @param retention how long a run and its errors are kept (default 90 days)
 */
@ConfigurationProperties("tiersync.history")
public record HistoryProperties(@DefaultValue("P90D") Duration retention) {

    public HistoryProperties {
        if (retention == null || retention.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("tiersync.history.retention must be at least PT1H, was " + retention);
        }
    }
}
