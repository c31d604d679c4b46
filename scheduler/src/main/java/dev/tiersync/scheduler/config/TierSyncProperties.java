package dev.tiersync.scheduler.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * TierSync's settings under {@code tiersync.*}, bound once at start-up. The orgs are resolved and checked
 * once, with the environment for their passwords, by {@link Orgs}: a bad value stops the application with
 * a message that names the key and what to fix.
 *
 * @param org a single org, named {@code default} (kept for simple installations)
 * @param schedule the default cron and time zone of every org, and a switch for all schedules
 * @param orgs the orgs, each with its own name, login and schedule
 */
@ConfigurationProperties("tiersync")
public record TierSyncProperties(OrgProperties org, @DefaultValue ScheduleProperties schedule, List<OrgProperties> orgs) {

    public static final String DEFAULT_ORG = "default";

    public TierSyncProperties {
        Objects.requireNonNull(schedule, "schedule");
        orgs = orgs == null ? List.of() : List.copyOf(orgs);
    }

    /**
     * What to set when no org is configured: serve still starts (the admin page says this), and syncs nothing.
     */
    public static final String NO_ORG = "no org is configured: set tiersync.org.login-url, tiersync.org.username "
            + "and the environment variable TIERSYNC_ORG_PASSWORD (or tiersync.orgs[0].name, .login-url, .username "
            + "and TIERSYNC_PASSWORD_<NAME>), or try TierSync on an emulated org with ./tiersync serve --demo";

    /**
     * Every configured org, checked, in configuration order (none, if none is configured); missing passwords come
     * from {@code environment}.
     *
     * @throws IllegalArgumentException naming the key of a bad value
     */
    public List<OrgSettings> configuredOrgs(java.util.function.Function<String, String> environment) {
        return resolve(org, schedule, orgs, environment);
    }

    private static List<OrgSettings> resolve(OrgProperties org, ScheduleProperties schedule, List<OrgProperties> orgs,
                                             java.util.function.Function<String, String> environment) {
        List<OrgSettings> all = new ArrayList<>();
        if (org != null) {
            all.add(org.resolve("tiersync.org", DEFAULT_ORG, schedule, environment));
        }
        for (int i = 0; i < orgs.size(); i++) {
            all.add(orgs.get(i).resolve("tiersync.orgs[" + i + "]", null, schedule, environment));
        }
        Set<String> names = new HashSet<>();
        for (OrgSettings settings : all) {
            if (!names.add(settings.name())) {
                throw new IllegalArgumentException("two orgs are named '" + settings.name() + "': give each org in "
                        + "tiersync.orgs a different name (tiersync.org is named '" + DEFAULT_ORG + "')");
            }
        }
        return List.copyOf(all);
    }
}
