package dev.tiersync.plugins.internal;

import dev.tiersync.domain.segments.NamedCondition;
import dev.tiersync.domain.segments.SegmentDefinition;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.plugins.PluginCondition;
import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.plugins.PluginRun;
import dev.tiersync.sync.JobPlugins;
import dev.tiersync.sync.RunPlugins;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded plugins bound to one set of segment rules: every named condition the rules use is the segment
 * condition of a loaded plugin, configured with the rule's settings, checked when bound. Each run then starts
 * the plugins afresh, behind their guard, as the engine's {@link dev.tiersync.domain.engine.Extensions}.
 * One condition instance serves every use with the same name and settings.
 */
public final class EnginePlugins implements JobPlugins {

    private final PluginRegistry registry;
    private final Map<NamedCondition, PluginCondition> conditions;

    private EnginePlugins(PluginRegistry registry, Map<NamedCondition, PluginCondition> conditions) {
        this.registry = registry;
        this.conditions = Map.copyOf(conditions);
    }

    /**
     * Binds the rules' named conditions to the plugins that contribute them; with no plugin loaded and no
     * named condition in the rules, the runs have no plugins at all ({@link JobPlugins#NONE}).
     *
     * @throws IllegalArgumentException naming the segment and its condition ({@code segments[2].conditions[0]}), when no
     *     loaded plugin contributes a condition of that name or the condition refuses the rule's settings
     */
    public static JobPlugins bind(PluginRegistry registry, SegmentRules rules) {
        if (registry.plugins().isEmpty() && rules.namedConditions().isEmpty()) {
            return JobPlugins.NONE;
        }
        Map<NamedCondition, PluginCondition> bound = new HashMap<>();
        List<SegmentDefinition> segments = rules.segments();
        for (int i = 0; i < segments.size(); i++) {
            List<NamedCondition> named = segments.get(i).conditions();
            for (int j = 0; j < named.size(); j++) {
                NamedCondition condition = named.get(j);
                if (bound.containsKey(condition)) {
                    continue;
                }
                try {
                    bound.put(condition, registry.condition(condition.name(), condition.arguments()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("segments[" + i + "].conditions[" + j + "] (segment '" + segments.get(i).name()
                            + "'): " + e.getMessage(), e);
                }
            }
        }
        return new EnginePlugins(registry, bound);
    }

    @Override
    public RunPlugins start() {
        PluginRun run = registry.startRun();
        if (!(run instanceof GuardedPluginRun guarded)) {
            throw new IllegalArgumentException("run " + run + " was not started by this TierSync's plugin registry");
        }
        return new HostRunPlugins(guarded, new PluginExtensions(guarded, conditions));
    }
}
