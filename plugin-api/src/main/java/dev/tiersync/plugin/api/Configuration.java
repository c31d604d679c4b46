package dev.tiersync.plugin.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings of one contribution: values for the configuration keys its manifest declares, from the
 * TierSync configuration or, for a segment condition, from the rule that uses it, over the manifest's
 * defaults. TierSync has already refused keys the manifest does not declare and required keys without a
 * value, so a contribution only checks what the values mean. Its messages name the contribution and the key.
 */
public final class Configuration {

    private final String owner;
    private final Map<String, String> values;

    private Configuration(String owner, Map<String, String> values) {
        this.owner = owner;
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    static Configuration of(String owner, Map<String, String> values) {
        return new Configuration(owner, values);
    }

    /**
     * The value of a key.
     *
     * @param key a key the manifest declares, such as {@code file}
     * @return the value, or empty when it has none (keys the manifest does not declare never have one)
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * The value of a key that must have one.
     *
     * @param key a key the manifest declares
     * @return the value
     * @throws IllegalArgumentException naming the contribution and the key, when it has no value
     */
    public String require(String key) {
        return get(key).orElseThrow(() -> new IllegalArgumentException(owner + ": configuration key '" + key + "' needs a value"));
    }

    /**
     * The value of a key as a whole number.
     *
     * @param key a key the manifest declares
     * @return the number, or empty when the key has no value
     * @throws IllegalArgumentException naming the contribution, the key and the value, when it is not a whole number
     */
    public OptionalLong getLong(String key) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.get().strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(owner + ": configuration key '" + key + "' must be a whole number, was '"
                    + value.get() + "'", e);
        }
    }

    /**
     * The value of a key as a list: the comma-separated items, stripped, without empty ones.
     *
     * @param key a key the manifest declares
     * @return the items, empty when the key has no value
     */
    public List<String> getList(String key) {
        return get(key).map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList())
                .orElse(List.of());
    }

    /** @return the keys that have a value, in alphabetical order */
    public Set<String> keys() {
        return values.keySet();
    }

    /** @return every key with its value */
    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Configuration c && c.owner.equals(owner) && c.values.equals(values);
    }

    @Override
    public int hashCode() {
        return owner.hashCode() * 31 + values.hashCode();
    }

    /** The contribution and its keys, never the values: a value may be a secret, such as a data provider's API key. */
    @Override
    public String toString() {
        return owner + values.keySet();
    }
}
