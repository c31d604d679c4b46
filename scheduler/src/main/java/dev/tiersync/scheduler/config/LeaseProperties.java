package dev.tiersync.scheduler.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The run lease, under {@code tiersync.lease.*}: a node holds an org's lease while it syncs it and
 * renews it every third of its duration; a node that cannot renew in time writes nothing more, and
 * another node may take the org over once the lease has run out.
 *
 * @param duration how long a lease holds without renewal (default one minute)
 */
@ConfigurationProperties("tiersync.lease")
public record LeaseProperties(@DefaultValue("PT1M") Duration duration) {

    public LeaseProperties {
        if (duration == null || duration.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("tiersync.lease.duration must be at least PT3S, was " + duration);
        }
    }
}
