package dev.tiersync.salesforce;

import java.util.Objects;

/**
 * An org as TierSync knows it: the name it is configured under (the key of its resilience state, its
 * snapshot's alias, its history) and how to log in to it.
 *
 * @param name a short name such as {@code emea-prod}
 */
public record OrgAccess(String name, OrgCredentials credentials) {

    public OrgAccess {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an org needs a name");
        }
        Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public String toString() {
        return "OrgAccess[name=" + name + ", " + credentials + "]";
    }
}
