package dev.tiersync.domain.signals;

import dev.tiersync.domain.behaviour.EngagementConfig;
import dev.tiersync.domain.profile.AccountProfile;
import java.util.ArrayList;
import java.util.List;

/** Runs the churn and upsell signals on an account and combines what they find. */
public final class SignalAssessor {

    private final List<ChurnSignal> churnSignals;
    private final List<UpsellSignal> upsellSignals;

    private final ChurnRisk blockedFrom;

    public SignalAssessor(List<ChurnSignal> churnSignals, List<UpsellSignal> upsellSignals, ChurnRisk blockedFrom) {
        this.churnSignals = List.copyOf(churnSignals);
        this.upsellSignals = List.copyOf(upsellSignals);
        if (blockedFrom == null || blockedFrom == ChurnRisk.NONE) {
            throw new IllegalArgumentException("upsell must be blocked from Low, Medium or High churn risk, was " + blockedFrom);
        }
        this.blockedFrom = blockedFrom;
    }

    public static SignalAssessor of(ChurnConfig churn, UpsellConfig upsell) {
        return of(churn, upsell, PluginSignals.NONE);
    }

    /** The built-in signals, then the plugins'. */
    public static SignalAssessor of(ChurnConfig churn, UpsellConfig upsell, PluginSignals plugins) {
        return of(churn, upsell, EngagementConfig.defaults(), plugins);
    }

    /** The built-in signals (engagement's judged by its settings; silent where the org records no activities), then the plugins'. */
    public static SignalAssessor of(ChurnConfig churn, UpsellConfig upsell, EngagementConfig engagement, PluginSignals plugins) {
        List<ChurnSignal> churnSignals = new ArrayList<>(List.of(
                new StoppedBuying(churn), new ShrinkingSpend(churn), new LosingDeals(churn), new Disengaged(churn),
                new FadingEngagement(engagement)));
        churnSignals.addAll(plugins.churnSignals());
        List<UpsellSignal> upsellSignals = new ArrayList<>(List.of(new GrowingSpend(upsell), new BelowSizeNorm(upsell),
                new RisingEngagement(engagement)));
        upsellSignals.addAll(plugins.upsellSignals());
        return new SignalAssessor(churnSignals, upsellSignals, upsell.blockedFromChurnRisk());
    }

    /** This assessor with more signals, run after its own: the plugins' of one assessment. */
    public SignalAssessor with(PluginSignals plugins) {
        if (plugins.churnSignals().isEmpty() && plugins.upsellSignals().isEmpty()) {
            return this;
        }
        List<ChurnSignal> churn = new ArrayList<>(churnSignals);
        churn.addAll(plugins.churnSignals());
        List<UpsellSignal> upsell = new ArrayList<>(upsellSignals);
        upsell.addAll(plugins.upsellSignals());
        return new SignalAssessor(churn, upsell, blockedFrom);
    }

    /** Prospects get no churn risk and are never upsell candidates; nor is a customer at the blocking churn risk or above. */
    public Signals assess(AccountProfile profile, SpendNorms norms) {
        if (!profile.metrics().isCustomer()) {
            return Signals.NONE;
        }
        List<Finding> churn = new ArrayList<>();
        churnSignals.forEach(signal -> signal.evaluate(profile).ifPresent(churn::add));
        ChurnRisk risk = ChurnRisk.ofPoints(churn.stream().mapToInt(Finding::points).sum());
        List<Finding> upsell = new ArrayList<>();
        if (risk.compareTo(blockedFrom) < 0) {
            upsellSignals.forEach(signal -> signal.evaluate(profile, norms).ifPresent(upsell::add));
        }
        return new Signals(risk, churn, !upsell.isEmpty(), upsell);
    }
}
