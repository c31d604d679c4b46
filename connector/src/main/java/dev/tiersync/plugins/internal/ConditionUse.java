package dev.tiersync.plugins.internal;

import dev.tiersync.plugin.api.SegmentCondition;
import dev.tiersync.plugins.PluginCondition;
import java.util.Map;

/** One use of a segment condition by the rules, with its own instance. */
record ConditionUse(String name, String pluginId, Map<String, String> arguments, Contribution<SegmentCondition> contribution)
        implements PluginCondition {

    ConditionUse {
        arguments = Map.copyOf(arguments);
    }

    @Override
    public String toString() {
        return name + arguments.keySet();
    }
}
