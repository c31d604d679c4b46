package dev.tiersync.plugin.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An account's enrichment attributes: keys such as {@code technographics.crm}, each with a typed value.
 * A key is the enriching plugin's id, a dot and a name (lower case letters, digits, dashes, further dots).
 * Immutable; build one with {@link #builder()}.
 */
public final class Attributes {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    private static final Attributes NONE = new Attributes(new TreeMap<>());

    private final Map<String, AttributeValue> values;

    private Attributes(TreeMap<String, AttributeValue> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** @return no attributes */
    public static Attributes none() {
        return NONE;
    }

    /** @return a builder of attributes */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a key is well formed: a namespace, a dot and a name, in lower case letters, digits and dashes.
     *
     * @param key the key
     * @return true when it may be used
     */
    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /**
     * The value of an attribute.
     *
     * @param key the attribute's key
     * @return its value, or empty when the account does not have it
     */
    public Optional<AttributeValue> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * The texts of an attribute: the list of a {@link AttributeValue.Texts}, the one text of a {@link AttributeValue.Text}.
     *
     * @param key the attribute's key
     * @return the texts; empty when the account does not have the attribute or it is a number or a flag
     */
    public List<String> texts(String key) {
        AttributeValue value = values.get(key);
        if (value instanceof AttributeValue.Texts texts) {
            return texts.values();
        }
        return value instanceof AttributeValue.Text text ? List.of(text.value()) : List.of();
    }

    /**
     * The number of an attribute.
     *
     * @param key the attribute's key
     * @return the number; empty when the account does not have the attribute or it is not a number
     */
    public OptionalDouble number(String key) {
        return values.get(key) instanceof AttributeValue.Number n ? OptionalDouble.of(n.value()) : OptionalDouble.empty();
    }

    /**
     * The flag of an attribute.
     *
     * @param key the attribute's key
     * @return the flag; empty when the account does not have the attribute or it is not a flag
     */
    public Optional<Boolean> flag(String key) {
        return values.get(key) instanceof AttributeValue.Flag f ? Optional.of(f.value()) : Optional.empty();
    }

    /** @return the keys, in alphabetical order */
    public Set<String> keys() {
        return values.keySet();
    }

    /** @return true when there is no attribute */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** @return every key with its value, in alphabetical order of the keys */
    public Map<String, AttributeValue> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attributes a && a.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Attributes" + values;
    }

    /** Builds {@link Attributes}; a key given twice keeps its last value. Not thread-safe. */
    public static final class Builder {

        private final TreeMap<String, AttributeValue> values = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets an attribute.
         *
         * @param key a well-formed key, see {@link Attributes#isValidKey(String)}
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException when the key is not well formed
         */
        public Builder put(String key, AttributeValue value) {
            if (!isValidKey(key)) {
                throw new IllegalArgumentException("attribute key '" + key + "' must be a namespace, a dot and a name, "
                        + "in lower case letters, digits and dashes, such as technographics.crm");
            }
            values.put(key, Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets a text attribute.
         *
         * @param key a well-formed key
         * @param text not blank
         * @return this builder
         */
        public Builder text(String key, String text) {
            return put(key, new AttributeValue.Text(text));
        }

        /**
         * Sets a texts attribute.
         *
         * @param key a well-formed key
         * @param texts at least one, none blank
         * @return this builder
         */
        public Builder texts(String key, List<String> texts) {
            return put(key, new AttributeValue.Texts(texts));
        }

        /**
         * Sets a number attribute.
         *
         * @param key a well-formed key
         * @param number a finite number
         * @return this builder
         */
        public Builder number(String key, double number) {
            return put(key, new AttributeValue.Number(number));
        }

        /**
         * Sets a flag attribute.
         *
         * @param key a well-formed key
         * @param flag the flag
         * @return this builder
         */
        public Builder flag(String key, boolean flag) {
            return put(key, new AttributeValue.Flag(flag));
        }

        /**
         * Sets every attribute of others.
         *
         * @param others attributes to add
         * @return this builder
         */
        public Builder putAll(Attributes others) {
            values.putAll(others.values);
            return this;
        }

        /** @return the attributes */
        public Attributes build() {
            return values.isEmpty() ? NONE : new Attributes(new TreeMap<>(values));
        }
    }
}
