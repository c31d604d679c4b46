package dev.tiersync.plugins.internal;

import dev.tiersync.plugins.ConfigKey;
import dev.tiersync.plugins.ContributionDescriptor;
import dev.tiersync.plugins.ExtensionPoint;
import dev.tiersync.plugins.PluginSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Starts the plugins of a scan with the user's settings: checks each plugin's settings against the keys its
 * contributions declare, and creates every contribution but the segment conditions. A plugin that cannot
 * start is refused through the scan, naming its jar.
 */
final class Activation {

    private Activation() {
    }

    /**
     * The plugins of a scan with no refusal, started; those that cannot start are refused through the scan.
     *
     * @throws IllegalArgumentException when the settings name a plugin that is not in the folder
     */
    static List<StartedPlugin> start(FolderScan scan, PluginSettings settings) {
        Set<String> ids = scan.passed().stream().map(i -> i.descriptor().id()).collect(Collectors.toCollection(TreeSet::new));
        for (String id : settings.pluginIds()) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("plugin settings name '" + id + "', but no plugin in " + scan.dir()
                        + " has that id; the plugins there are " + (ids.isEmpty() ? "none" : String.join(", ", ids)));
            }
        }
        List<StartedPlugin> started = new ArrayList<>();
        for (Inspection inspection : scan.passed()) {
            try {
                started.add(start(inspection, settings.of(inspection.descriptor().id())));
            } catch (IllegalArgumentException e) {
                scan.refuse(inspection.jar(), e.getMessage());
            }
        }
        return started;
    }

    private static StartedPlugin start(Inspection inspection, Map<String, String> settings) {
        String pluginId = inspection.descriptor().id();
        Set<String> declared = inspection.descriptor().contributions().stream()
                .flatMap(c -> c.config().stream()).map(ConfigKey::name).collect(Collectors.toCollection(TreeSet::new));
        for (String key : new TreeSet<>(settings.keySet())) {
            if (!declared.contains(key)) {
                throw new IllegalArgumentException("plugin " + pluginId + " has no configuration key '" + key + "'; its keys are "
                        + (declared.isEmpty() ? "none" : String.join(", ", declared)));
            }
        }
        List<Contribution<?>> contributions = new ArrayList<>();
        try {
            for (ContributionDescriptor descriptor : inspection.descriptor().contributions()) {
                if (descriptor.point() != ExtensionPoint.SEGMENT_CONDITION) {
                    Object instance = ContributionClasses.create(inspection.classes().get(descriptor.id()), descriptor.point().type(),
                            Contexts.of(pluginId, descriptor, settings, Map.of()));
                    contributions.add(new Contribution<>(pluginId, inspection.fileName(), descriptor, instance));
                }
            }
        } catch (IllegalArgumentException e) {
            contributions.forEach(Activation::closeIfCloseable);
            throw e;
        }
        Map<String, Class<?>> conditions = inspection.descriptor().contributionsTo(ExtensionPoint.SEGMENT_CONDITION).stream()
                .collect(Collectors.toMap(ContributionDescriptor::id, c -> inspection.classes().get(c.id())));
        return new StartedPlugin(inspection.descriptor(), inspection.fileName(), inspection.loader(), settings, contributions, conditions);
    }

    static void closeIfCloseable(Contribution<?> contribution) {
        if (contribution.instance() instanceof AutoCloseable closeable) {
            Closing.quietly(closeable);
        }
    }
}
