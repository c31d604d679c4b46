package dev.tiersync.plugins.internal;

import dev.tiersync.plugin.api.AccountEnricher;
import dev.tiersync.plugin.api.ChurnSignal;
import dev.tiersync.plugin.api.RunListener;
import dev.tiersync.plugin.api.SegmentCondition;
import dev.tiersync.plugin.api.UpsellSignal;
import dev.tiersync.plugins.ConfigKey;
import dev.tiersync.plugins.ContributionDescriptor;
import dev.tiersync.plugins.ExtensionPoint;
import dev.tiersync.plugins.PluginCondition;
import dev.tiersync.plugins.PluginDescriptor;
import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.plugins.PluginRun;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** The started plugins, ordered by id, with their contributions by point. */
public final class DefaultPluginRegistry implements PluginRegistry {

    private final List<StartedPlugin> plugins;
    private final Clock clock;
    private final Map<String, StartedPlugin> conditionOwners = new TreeMap<>();
    private final List<ConditionUse> conditionUses = new CopyOnWriteArrayList<>();

    DefaultPluginRegistry(List<StartedPlugin> plugins, Clock clock) {
        this.plugins = plugins.stream().sorted(Comparator.comparing(StartedPlugin::id)).toList();
        this.clock = clock;
        for (StartedPlugin plugin : this.plugins) {
            plugin.conditionClasses().keySet().forEach(name -> conditionOwners.put(name, plugin));
        }
    }

    /** A registry without plugins. */
    public static DefaultPluginRegistry empty(Clock clock) {
        return new DefaultPluginRegistry(List.of(), clock);
    }

    @Override
    public List<PluginDescriptor> plugins() {
        return plugins.stream().map(StartedPlugin::descriptor).toList();
    }

    @Override
    public List<String> conditionNames() {
        return List.copyOf(conditionOwners.keySet());
    }

    @Override
    public PluginCondition condition(String name, Map<String, String> arguments) {
        StartedPlugin plugin = conditionOwners.get(name);
        if (plugin == null) {
            throw new IllegalArgumentException("no plugin contributes the segment condition '" + name + "'; the conditions are "
                    + (conditionOwners.isEmpty() ? "none (no plugin is loaded that has one)" : String.join(", ", conditionOwners.keySet())));
        }
        ContributionDescriptor descriptor = plugin.contribution(name);
        Set<String> declared = descriptor.config().stream().map(ConfigKey::name).collect(Collectors.toCollection(TreeSet::new));
        for (String key : new TreeSet<>(arguments.keySet())) {
            if (!declared.contains(key)) {
                throw new IllegalArgumentException("segment condition '" + name + "' has no setting '" + key + "'; its settings are "
                        + (declared.isEmpty() ? "none" : String.join(", ", declared)));
            }
        }
        try {
            SegmentCondition instance = ContributionClasses.create(plugin.conditionClasses().get(name), SegmentCondition.class,
                    Contexts.of(plugin.id(), descriptor, plugin.settings(), arguments));
            ConditionUse use = new ConditionUse(name, plugin.id(), arguments, new Contribution<>(plugin.id(), plugin.jar(), descriptor, instance));
            conditionUses.add(use);
            return use;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("segment condition '" + name + "' (plugin " + plugin.id() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public PluginRun startRun() {
        return new GuardedPluginRun(contributions(ExtensionPoint.ACCOUNT_ENRICHER, AccountEnricher.class),
                contributions(ExtensionPoint.CHURN_SIGNAL, ChurnSignal.class),
                contributions(ExtensionPoint.UPSELL_SIGNAL, UpsellSignal.class),
                contributions(ExtensionPoint.RUN_LISTENER, RunListener.class), clock);
    }

    @Override
    public void close() {
        for (StartedPlugin plugin : plugins) {
            plugin.contributions().forEach(Activation::closeIfCloseable);
            conditionUses.stream().filter(use -> use.pluginId().equals(plugin.id()))
                    .forEach(use -> Activation.closeIfCloseable(use.contribution()));
            Closing.quietly(plugin.loader());
        }
    }

    @Override
    public String toString() {
        return "PluginRegistry" + plugins.stream().map(StartedPlugin::id).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> List<Contribution<T>> contributions(ExtensionPoint point, Class<T> type) {
        List<Contribution<T>> found = new ArrayList<>();
        for (StartedPlugin plugin : plugins) {
            for (Contribution<?> contribution : plugin.contributions()) {
                if (contribution.descriptor().point() == point) {
                    type.cast(contribution.instance());
                    found.add((Contribution<T>) contribution);
                }
            }
        }
        return List.copyOf(found);
    }
}
