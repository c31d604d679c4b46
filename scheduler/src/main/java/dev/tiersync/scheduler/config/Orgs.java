package dev.tiersync.scheduler.config;

import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The configured orgs, resolved once at start-up: an org whose password is not among its settings gets
 * it from the environment variable {@code TIERSYNC_PASSWORD_<NAME>}; a missing one stops start-up.
 */
@Component
public final class Orgs {

    private final List<OrgSettings> orgs;

    public Orgs(TierSyncProperties properties, Environment environment) {
        this.orgs = properties.configuredOrgs(environment::getProperty);
    }

    /** Every org, in configuration order. */
    public List<OrgSettings> configuredOrgs() {
        return orgs;
    }

    public Optional<OrgSettings> configuredOrg(String name) {
        return orgs.stream().filter(org -> org.name().equals(name)).findFirst();
    }
}
