package dev.tiersync.plugins;

import java.util.List;
import java.util.Objects;

/**
 * A plugin as its manifest, {@code META-INF/tiersync-plugin.yaml}, declares it.
 *
 * @param id unique among the loaded plugins; the namespace of its enrichment attributes
 * @param version the plugin's own version
 * @param apiRange the plugin API versions it works with, as the manifest writes them, such as {@code [1.0,2.0)}
 * @param name a name for people, or the id when the manifest gives none
 * @param contributions what it contributes, in the manifest's order
 */
public record PluginDescriptor(String id, String version, String apiRange, String name, List<ContributionDescriptor> contributions) {

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(apiRange, "apiRange");
        name = name == null || name.isBlank() ? id : name;
        contributions = List.copyOf(contributions);
    }

    public List<ContributionDescriptor> contributionsTo(ExtensionPoint point) {
        return contributions.stream().filter(c -> c.point() == point).toList();
    }
}
