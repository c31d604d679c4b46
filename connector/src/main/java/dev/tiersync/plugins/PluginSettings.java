package dev.tiersync.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configuration the user gives plugins, per plugin id: key to value. Each contribution receives the
 * values of the keys its manifest declares (over the manifest's defaults); a key no contribution of the
 * plugin declares, or an id no loaded plugin has, is refused at start.
 */
public final class PluginSettings {

    private static final PluginSettings NONE = new PluginSettings(Map.of());

    private final Map<String, Map<String, String>> values;

    private PluginSettings(Map<String, Map<String, String>> values) {
        this.values = values;
    }

    public static PluginSettings none() {
        return NONE;
    }

    /** @param values plugin id to that plugin's key-value pairs */
    public static PluginSettings of(Map<String, Map<String, String>> values) {
        TreeMap<String, Map<String, String>> copy = new TreeMap<>();
        values.forEach((plugin, keys) -> copy.put(plugin, Map.copyOf(keys)));
        return new PluginSettings(java.util.Collections.unmodifiableMap(copy));
    }

    /** The settings of one plugin; empty when the user gave none. */
    public Map<String, String> of(String pluginId) {
        return Optional.ofNullable(values.get(pluginId)).orElse(Map.of());
    }

    /** The plugin ids the user gave settings for. */
    public java.util.Set<String> pluginIds() {
        return values.keySet();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PluginSettings s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        // values may hold anything a plugin reads, such as an API key for an intent provider: never printed
        return "PluginSettings" + values.keySet();
    }
}
