package dev.tiersync.plugins;

import java.nio.file.Path;
import java.util.List;

/**
 * What a plugins folder holds: every jar in it, in file-name order, with whether it would load.
 *
 * @param dir the folder
 * @param apiVersion the plugin API version this TierSync provides; a plugin's range must include it
 * @param jars one entry per jar
 */
public record PluginInventory(Path dir, String apiVersion, List<PluginJar> jars) {

    public PluginInventory {
        jars = List.copyOf(jars);
    }

    public List<PluginJar.Loadable> loadable() {
        return jars.stream().filter(PluginJar.Loadable.class::isInstance).map(PluginJar.Loadable.class::cast).toList();
    }

    public List<PluginJar.Refused> refused() {
        return jars.stream().filter(PluginJar.Refused.class::isInstance).map(PluginJar.Refused.class::cast).toList();
    }
}
