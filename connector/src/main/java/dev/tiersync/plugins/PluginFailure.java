package dev.tiersync.plugins;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin that threw during a run, and was off for the rest of it: for the run's report and the health
 * indicator.
 *
 * @param pluginId the plugin
 * @param jar the jar's file name
 * @param point the extension point the failing contribution serves
 * @param contributionId the failing contribution
 * @param accountId the account it was called for, or null (a run listener)
 * @param error the exception's class and message, such as {@code IllegalStateException: no such column}
 * @param at when it failed
 */
public record PluginFailure(String pluginId, String jar, ExtensionPoint point, String contributionId, String accountId,
                            String error, Instant at) {

    public PluginFailure {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(contributionId, "contributionId");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(at, "at");
    }

    public Optional<String> accountIdIfAny() {
        return Optional.ofNullable(accountId);
    }

    /** One line for a report: which plugin, where, on what, and that it was switched off. */
    public String describe() {
        return "plugin " + pluginId + " (" + jar + ") failed in " + point.id() + " " + contributionId
                + (accountId == null ? "" : " on account " + accountId) + ": " + error + "; it was off for the rest of the run";
    }
}
