package dev.tiersync.plugins;

import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Attributes;
import dev.tiersync.plugin.api.Finding;
import dev.tiersync.plugin.api.RunSummary;
import dev.tiersync.plugin.api.SpendNorms;
import dev.tiersync.plugin.api.Verdict;
import java.util.List;
import java.util.Set;

/**
 * The plugins' contributions for one run, behind a guard: a contribution that throws (or returns what its
 * point does not allow) switches its whole plugin off for the rest of the run, is recorded as a
 * {@link PluginFailure}, and the call returns as if the plugin were not there. Thread-safe: the engine calls
 * it from several threads at once. Contributions are called in plugin-id order, then the manifest's order.
 */
public interface PluginRun {

    /** Every enricher's attributes for the account, merged; each key in its plugin's namespace. */
    Attributes enrich(AccountView account);

    /**
     * Every enricher's attributes for each account, in the accounts' order, computed side by side; a plugin
     * that fails on any account gives its attributes to none of them, so all accounts of a run are judged alike.
     */
    List<Attributes> enrichAll(List<AccountView> accounts);

    /** The churn signals' findings for a customer, after enrichment. */
    List<Finding> churnFindings(AccountView customer);

    /** The upsell signals' findings for a customer, after enrichment. */
    List<Finding> upsellFindings(AccountView customer, SpendNorms norms);

    /** Whether the account meets a condition of the rules; not met when its plugin is off. */
    Verdict test(PluginCondition condition, AccountView account);

    /** Tells every run listener the run has finished. */
    void runFinished(RunSummary summary);

    /** The plugins that failed in this run so far, first failure of each, in the order they failed. */
    List<PluginFailure> failures();

    /** The ids of the plugins that are off for the rest of this run. */
    Set<String> disabledPlugins();
}
