package dev.tiersync.domain.signals;

import java.util.List;

/**
 * Churn and upsell signals the core does not ship, added for one assessment (by plugins, through the
 * plugin host's adapters). They run after the built-in ones, in the order given.
 */
public record PluginSignals(List<ChurnSignal> churnSignals, List<UpsellSignal> upsellSignals) {

    public static final PluginSignals NONE = new PluginSignals(List.of(), List.of());

    public PluginSignals {
        churnSignals = List.copyOf(churnSignals);
        upsellSignals = List.copyOf(upsellSignals);
    }
}
