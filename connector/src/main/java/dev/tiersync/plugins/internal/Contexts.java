package dev.tiersync.plugins.internal;

import dev.tiersync.plugin.api.PluginContext;
import dev.tiersync.plugins.ConfigKey;
import dev.tiersync.plugins.ContributionDescriptor;
import java.util.HashMap;
import java.util.Map;

/** A contribution's context: for each key its manifest declares, the rule's argument, else the plugin's setting, else the default. */
final class Contexts {

    private Contexts() {
    }

    /** @throws IllegalArgumentException naming the contribution and the key, for a required key without a value */
    static PluginContext of(String pluginId, ContributionDescriptor contribution, Map<String, String> settings,
                            Map<String, String> arguments) {
        Map<String, String> values = new HashMap<>();
        for (ConfigKey key : contribution.config()) {
            String value = arguments.getOrDefault(key.name(), settings.getOrDefault(key.name(), key.defaultValue()));
            if (value != null && !value.isBlank()) {
                values.put(key.name(), value.strip());
            } else if (key.required()) {
                throw new IllegalArgumentException("contribution '" + contribution.id() + "' needs a value for its configuration key '"
                        + key.name() + "'" + (key.description().isEmpty() ? "" : " (" + key.description() + ")"));
            }
        }
        return PluginContext.of(pluginId, contribution.id(), values);
    }
}
