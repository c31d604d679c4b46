package dev.tiersync.domain.profile;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * What enrichers found out about an account from outside the org (technographics, intent, a data
 * warehouse): attributes keyed by their source's namespace and a name, such as {@code technographics.crm},
 * each a text, several texts, a number or a flag. Segment conditions, the reasons text and the fit model
 * read them; an account nobody knows anything about has {@link #NONE}. Immutable.
 */
public final class Enrichment {

    /** No attribute. */
    public static final Enrichment NONE = new Enrichment(new TreeMap<>());

    private final Map<String, Value> values;

    private Enrichment(TreeMap<String, Value> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of an attribute, or empty when the account does not have it. */
    public Optional<Value> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The texts of a text or texts attribute; empty when the account does not have it or it is a number or a flag. */
    public List<String> texts(String key) {
        Value value = values.get(key);
        if (value instanceof Texts texts) {
            return texts.values();
        }
        return value instanceof Text text ? List.of(text.value()) : List.of();
    }

    /** The number of a number attribute; empty when the account does not have it or it is not a number. */
    public OptionalDouble number(String key) {
        return values.get(key) instanceof Number n ? OptionalDouble.of(n.value()) : OptionalDouble.empty();
    }

    /** The flag of a flag attribute; empty when the account does not have it or it is not a flag. */
    public Optional<Boolean> flag(String key) {
        return values.get(key) instanceof Flag f ? Optional.of(f.value()) : Optional.empty();
    }

    /** The keys, in alphabetical order. */
    public Set<String> keys() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Every attribute, in alphabetical order of the keys. */
    public Map<String, Value> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enrichment e && e.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Enrichment" + values;
    }

    /** The value of one attribute. */
    public sealed interface Value permits Text, Texts, Number, Flag {

        /** As a rep reads it: the text, the texts joined with commas, the number, yes or no. */
        String display();
    }

    /** One text, such as a CRM's name. */
    public record Text(String value) implements Value {
        public Text {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a text attribute must not be blank");
            }
        }

        @Override
        public String display() {
            return value;
        }
    }

    /** Several texts, such as the technologies an account uses, in the order given. */
    public record Texts(List<String> values) implements Value {
        public Texts {
            values = List.copyOf(values);
            if (values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isBlank())) {
                throw new IllegalArgumentException("a texts attribute needs at least one text, none blank");
            }
        }

        @Override
        public String display() {
            return String.join(", ", values);
        }
    }

    /** A finite number, such as an intent score or a count. */
    public record Number(double value) implements Value {
        public Number {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a number attribute must be finite, was " + value);
            }
        }

        @Override
        public String display() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
        }
    }

    /** Yes or no. */
    public record Flag(boolean value) implements Value {
        @Override
        public String display() {
            return value ? "yes" : "no";
        }
    }

    /** Builds an {@link Enrichment}; a key given twice keeps its last value. */
    public static final class Builder {

        private final TreeMap<String, Value> values = new TreeMap<>();

        private Builder() {
        }

        public Builder put(String key, Value value) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("an enrichment attribute needs a key");
            }
            values.put(key, Objects.requireNonNull(value, "value"));
            return this;
        }

        public Enrichment build() {
            return values.isEmpty() ? NONE : new Enrichment(new TreeMap<>(values));
        }
    }
}
