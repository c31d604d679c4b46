package dev.tiersync.domain.fit;

import java.util.Objects;

/**
 * One extra named trait of an account, from a plugin enrichment or an org's own field: a named value
 * or a number.
 *
 * @param category the value of a categorical attribute, or null for a numeric one
 * @param number the value of a numeric attribute, or NaN for a categorical one
 */
public record FitAttribute(String name, FitVariable.Kind kind, String category, double number) {

    public FitAttribute {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an attribute name must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
    }

    public static FitAttribute categorical(String name, String value) {
        return new FitAttribute(name, FitVariable.Kind.CATEGORICAL, value, Double.NaN);
    }

    public static FitAttribute numeric(String name, double value) {
        return new FitAttribute(name, FitVariable.Kind.NUMERIC, null, value);
    }

    public FitVariable variable() {
        return FitVariable.attribute(name, kind);
    }
}
