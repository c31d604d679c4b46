package dev.tiersync.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * A plugin that threw during a run and was switched off for the rest of it, as the run's report names it;
 * the run went on without it.
 *
 * @param plugin the plugin's id
 * @param jar the jar's file name
 * @param point the extension point of the contribution that failed, such as {@code churn-signal}
 * @param contribution the contribution's id
 * @param accountId the account it was called for, or null (a run listener)
 * @param error the exception's class and message, such as {@code IllegalStateException: no such column}
 * @param at when it failed
 */
public record DisabledPlugin(String plugin, String jar, String point, String contribution, String accountId, String error,
                             Instant at) {

    public DisabledPlugin {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(at, "at");
    }

    /** One line for people: which plugin, where, on what, and that it was switched off. */
    public String describe() {
        return "plugin " + plugin + " (" + jar + ") failed in " + point + " " + contribution
                + (accountId == null ? "" : " on account " + accountId) + ": " + error + "; it was off for the rest of the run";
    }
}
