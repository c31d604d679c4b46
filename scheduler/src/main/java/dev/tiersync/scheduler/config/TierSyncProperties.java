package dev.tiersync.scheduler.config;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * TierSync's settings under {@code tiersync.*}, bound once at start-up and checked there: a bad
 * value stops the application with a message that names the key and what to fix.
 */
@ConfigurationProperties("tiersync")
public record TierSyncProperties(OrgProperties org, @DefaultValue ScheduleProperties schedule) {

    public TierSyncProperties {
        Objects.requireNonNull(schedule, "schedule");
        if (schedule.enabled() && org == null) {
            throw new IllegalArgumentException("no org is configured: set tiersync.org.login-url, tiersync.org.username "
                    + "and the environment variable TIERSYNC_ORG_PASSWORD, or turn the schedule off with "
                    + "tiersync.schedule.enabled=false");
        }
    }
}
