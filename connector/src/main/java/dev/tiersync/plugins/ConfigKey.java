package dev.tiersync.plugins;

import java.util.Objects;
import java.util.Optional;

/**
 * A configuration key a contribution reads, as its manifest declares it.
 *
 * @param name the key, such as {@code file}
 * @param required true when the contribution cannot start without a value
 * @param defaultValue the value when the configuration gives none, or null
 * @param description what the key means, or an empty string
 */
public record ConfigKey(String name, boolean required, String defaultValue, String description) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }

    public Optional<String> defaultValueIfAny() {
        return Optional.ofNullable(defaultValue);
    }
}
