package dev.tiersync.scheduler.config;

import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgCredentials;
import java.time.ZoneId;

/**
 * An org as the scheduler runs it: checked and with every default filled in.
 *
 * @param scheduled whether its cron fires (false: on demand only)
 * @param rules the org's own rules file, or null for the shared rules
 */
public record OrgSettings(String name, OrgCredentials credentials, String cron, ZoneId timeZone, boolean scheduled,
                          java.nio.file.Path rules) {

    /** The org as the sync knows it: its name and how to log in. */
    public OrgAccess access() {
        return new OrgAccess(name, credentials);
    }

    public String loginUrl() {
        return credentials.loginUrl().toString();
    }

    @Override
    public String toString() {
        return "OrgSettings[name=" + name + ", loginUrl=" + loginUrl() + ", cron=" + cron + ", timeZone=" + timeZone
                + ", scheduled=" + scheduled + "]";
    }
}
