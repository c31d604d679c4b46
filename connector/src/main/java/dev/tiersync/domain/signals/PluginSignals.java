package dev.tiersync.domain.signals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Churn and upsell signals that third-party jars add without changing TierSync: each jar lists its
 * implementations in {@code META-INF/services/dev.tiersync.domain.signals.ChurnSignal} or
 * {@code ...UpsellSignal}, and they are found through {@link ServiceLoader}. Signals run after the
 * built-in ones, ordered by class name so results do not depend on the order jars were found.
 */
public record PluginSignals(List<ChurnSignal> churnSignals, List<UpsellSignal> upsellSignals) {

    public static final PluginSignals NONE = new PluginSignals(List.of(), List.of());

    public PluginSignals {
        churnSignals = List.copyOf(churnSignals);
        upsellSignals = List.copyOf(upsellSignals);
    }

    /** The signals the class loader's jars provide. */
    public static PluginSignals load(ClassLoader loader) {
        return new PluginSignals(loadAll(ChurnSignal.class, loader), loadAll(UpsellSignal.class, loader));
    }

    private static <T> List<T> loadAll(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(type, loader).forEach(found::add);
        found.sort(Comparator.comparing(signal -> signal.getClass().getName()));
        return found;
    }
}
