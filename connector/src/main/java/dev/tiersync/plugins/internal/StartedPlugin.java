package dev.tiersync.plugins.internal;

import dev.tiersync.plugins.ContributionDescriptor;
import dev.tiersync.plugins.PluginDescriptor;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;

/**
 * A plugin that started: its manifest, jar, class loader, settings, its started contributions and the
 * classes of its segment conditions (one instance per use in the rules, created later).
 */
record StartedPlugin(PluginDescriptor descriptor, String jar, URLClassLoader loader, Map<String, String> settings,
                     List<Contribution<?>> contributions, Map<String, Class<?>> conditionClasses) {

    StartedPlugin {
        settings = Map.copyOf(settings);
        contributions = List.copyOf(contributions);
        conditionClasses = Map.copyOf(conditionClasses);
    }

    String id() {
        return descriptor.id();
    }

    ContributionDescriptor contribution(String id) {
        return descriptor.contributions().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
