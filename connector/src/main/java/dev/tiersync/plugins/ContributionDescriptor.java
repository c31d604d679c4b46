package dev.tiersync.plugins;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One contribution as a plugin's manifest declares it.
 *
 * @param id unique within the plugin; for a segment condition, the name the rules use
 * @param point the extension point it contributes to
 * @param className the class implementing the point
 * @param description what it does, or an empty string
 * @param config the configuration keys it reads
 */
public record ContributionDescriptor(String id, ExtensionPoint point, String className, String description, List<ConfigKey> config) {

    public ContributionDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(className, "className");
        description = description == null ? "" : description;
        config = List.copyOf(config);
    }

    public Optional<ConfigKey> configKey(String name) {
        return config.stream().filter(key -> key.name().equals(name)).findFirst();
    }
}
