package dev.tiersync.plugins.internal;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.signals.ChurnSignal;
import dev.tiersync.domain.signals.Finding;
import dev.tiersync.domain.signals.PluginSignals;
import dev.tiersync.domain.signals.UpsellSignal;
import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugins.PluginRun;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plugins' churn and upsell signals as the engine's own signals ({@link PluginSignals}), each call
 * going through the run's guard: the engine runs them beside the built-in ones, and a plugin that throws
 * gives no finding for the rest of the run.
 */
public final class EngineSignals {

    private EngineSignals() {
    }

    /** The run's plugin signals, seeing accounts without enrichment attributes. */
    public static PluginSignals of(PluginRun run) {
        return of(run, AccountViews::of);
    }

    /**
     * The run's plugin signals.
     *
     * @param views how an account looks to a signal: {@link AccountViews#of(AccountProfile, dev.tiersync.plugin.api.Attributes)}
     *     with the account's enrichment attributes, once the engine holds them
     */
    public static PluginSignals of(PluginRun run, Function<AccountProfile, AccountView> views) {
        GuardedPluginRun guarded = guarded(run);
        List<ChurnSignal> churn = guarded.churnContributions().stream()
                .<ChurnSignal>map(c -> profile -> domain(guarded.churnFinding(c, views.apply(profile))))
                .toList();
        List<UpsellSignal> upsell = guarded.upsellContributions().stream()
                .<UpsellSignal>map(c -> (profile, norms) -> domain(guarded.upsellFinding(c, views.apply(profile), EngineSpendNorms.of(norms))))
                .toList();
        return new PluginSignals(churn, upsell);
    }

    private static Optional<Finding> domain(Optional<dev.tiersync.plugin.api.Finding> finding) {
        return finding.map(f -> new Finding(f.signal(), f.points(), f.reason()));
    }

    private static GuardedPluginRun guarded(PluginRun run) {
        if (!(run instanceof GuardedPluginRun guarded)) {
            throw new IllegalArgumentException("run " + run + " was not started by this TierSync's plugin registry");
        }
        return guarded;
    }
}
