package dev.tiersync.plugins.internal;

import dev.tiersync.domain.engine.Extensions;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.profile.Enrichment;
import dev.tiersync.domain.segments.NamedCondition;
import dev.tiersync.domain.signals.ChurnSignal;
import dev.tiersync.domain.signals.Finding;
import dev.tiersync.domain.signals.PluginSignals;
import dev.tiersync.domain.signals.UpsellSignal;
import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Attributes;
import dev.tiersync.plugins.PluginCondition;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's extension points over one run of the plugins, each call through the run's guard: the
 * enrichers' attributes become the profiles' enrichment, the plugins' churn and upsell signals run beside
 * the built-in ones, and the rules' named conditions are the plugins' segment conditions. An account looks
 * the same to every signal and condition of the run: one view of its enriched profile, made once.
 */
final class PluginExtensions implements Extensions {

    private final GuardedPluginRun run;
    private final Map<NamedCondition, PluginCondition> conditions;
    private final PluginSignals signals;
    private final Map<String, AccountView> views = new ConcurrentHashMap<>();
    private List<Attributes> enriched;

    PluginExtensions(GuardedPluginRun run, Map<NamedCondition, PluginCondition> conditions) {
        this.run = run;
        this.conditions = Map.copyOf(conditions);
        List<ChurnSignal> churn = run.churnContributions().stream()
                .<ChurnSignal>map(c -> profile -> domain(run.churnFinding(c, view(profile))))
                .toList();
        List<UpsellSignal> upsell = run.upsellContributions().stream()
                .<UpsellSignal>map(c -> (profile, norms) -> domain(run.upsellFinding(c, view(profile), EngineSpendNorms.of(norms))))
                .toList();
        this.signals = new PluginSignals(churn, upsell);
    }

    /**
     * The enrichers run on the first call only; a later pass of the same assessment gets their attributes
     * without those of the plugins switched off since. Called by the engine between passes, never during one.
     */
    @Override
    public synchronized List<Enrichment> enrich(List<AccountProfile> accounts) {
        views.clear();
        if (!run.hasEnrichers()) {
            return Collections.nCopies(accounts.size(), Enrichment.NONE);
        }
        if (enriched == null || enriched.size() != accounts.size()) {
            enriched = run.enrichAll(accounts.stream().map(profile -> AccountViews.of(profile, Attributes.none())).toList());
        }
        Set<String> off = run.disabledPlugins();
        return enriched.stream().map(attributes -> Enrichments.of(GuardedPluginRun.without(attributes, off))).toList();
    }

    @Override
    public int withdrawals() {
        return run.disabledPlugins().size();
    }

    @Override
    public PluginSignals signals() {
        return signals;
    }

    /** @throws IllegalStateException for a condition the job's rules did not name when the job was made */
    @Override
    public Optional<String> reasonIfMet(NamedCondition condition, AccountProfile account) {
        PluginCondition use = conditions.get(condition);
        if (use == null) {
            throw new IllegalStateException("segment condition " + condition + " was not bound to a plugin when the job was made");
        }
        return run.test(use, view(account)).reason();
    }

    private AccountView view(AccountProfile profile) {
        return views.computeIfAbsent(profile.accountId(), id -> AccountViews.of(profile));
    }

    private static Optional<Finding> domain(Optional<dev.tiersync.plugin.api.Finding> finding) {
        return finding.map(f -> new Finding(f.signal(), f.points(), f.reason()));
    }
}
