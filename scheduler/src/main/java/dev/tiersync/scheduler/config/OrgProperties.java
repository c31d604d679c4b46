package dev.tiersync.scheduler.config;

import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.Secret;

/**
 * The org TierSync syncs, under {@code tiersync.org.*}.
 *
 * @param loginUrl scheme, host and port of the login server
 * @param username the integration user
 * @param password set it through the environment variable {@code TIERSYNC_ORG_PASSWORD}
 */
public record OrgProperties(String loginUrl, String username, Secret password) {

    public OrgProperties {
        try {
            OrgCredentials.parseLoginUrl(loginUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tiersync.org.login-url: " + e.getMessage(), e);
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("tiersync.org.username is missing: set the integration user's username");
        }
        if (password == null) {
            throw new IllegalArgumentException("tiersync.org.password is missing: set the environment variable "
                    + "TIERSYNC_ORG_PASSWORD");
        }
    }

    public OrgCredentials credentials() {
        return new OrgCredentials(OrgCredentials.parseLoginUrl(loginUrl), username, password);
    }

    @Override
    public String toString() {
        return "OrgProperties[loginUrl=" + loginUrl + ", username=" + username + ", password=******]";
    }
}
