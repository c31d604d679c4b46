package dev.tiersync.scheduler.config;

import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The configured orgs, resolved once at start-up: an org whose password is not among its settings gets
 * it from the environment variable {@code TIERSYNC_PASSWORD_<NAME>}; a missing one stops start-up. With none
 * configured the application starts all the same, syncs nothing, and the admin page says what to set.
 */
@Component
public final class Orgs {

    private final List<OrgSettings> orgs;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Orgs.class);

    public Orgs(TierSyncProperties properties, Environment environment) {
        this.orgs = properties.configuredOrgs(environment::getProperty);
        if (orgs.isEmpty()) {
            log.warn("{}; until then nothing is synced", TierSyncProperties.NO_ORG);
        }
    }

    /** Every org, in configuration order. */
    public List<OrgSettings> configuredOrgs() {
        return orgs;
    }

    public Optional<OrgSettings> configuredOrg(String name) {
        return orgs.stream().filter(org -> org.name().equals(name)).findFirst();
    }
}
