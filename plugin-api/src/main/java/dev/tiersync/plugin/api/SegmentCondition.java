package dev.tiersync.plugin.api;

/**
 * Extension point {@code segment-condition}: a named predicate the segment rules can use beside tiers,
 * size bands, regions, industries, churn risks and the upsell flag. The contribution's id in the manifest
 * is the name the rules use; each use in the rules with settings of its own gets its own instance (uses with
 * the same settings share one), whose {@link PluginContext#configuration()} holds those settings (for example
 * which technology).
 */
@FunctionalInterface
public interface SegmentCondition {

    /**
     * Whether the account meets the condition.
     *
     * @param account the account as of the run's date, with the attributes of every enricher
     * @return {@link Verdict#met(String)} with a few words a rep can read, or {@link Verdict#notMet()}
     */
    Verdict evaluate(AccountView account);
}
