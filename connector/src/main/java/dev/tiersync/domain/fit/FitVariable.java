package dev.tiersync.domain.fit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An observable trait of an account the fit may learn from: one of the built-in firmographics, or a
 * named attribute an enrichment adds. Never revenue history: a prospect has every one of them too.
 *
 * @param key the name the rules use ({@code industry}, {@code employees}, {@code attribute.tech-stack})
 * @param label the name people read
 */
public record FitVariable(String key, String label, Kind kind) implements java.io.Serializable {

    /** Whether a variable takes named values or numbers. */
    public enum Kind {
        CATEGORICAL,
        NUMERIC
    }

    /** The prefix of an enrichment attribute's key. */
    public static final String ATTRIBUTE_PREFIX = "attribute.";

    public static final FitVariable INDUSTRY = new FitVariable("industry", "Industry", Kind.CATEGORICAL);
    public static final FitVariable SIZE_BAND = new FitVariable("size-band", "Size band", Kind.CATEGORICAL);
    public static final FitVariable EMPLOYEES = new FitVariable("employees", "Employees", Kind.NUMERIC);
    public static final FitVariable ANNUAL_REVENUE = new FitVariable("annual-revenue", "Annual revenue", Kind.NUMERIC);
    public static final FitVariable REGION = new FitVariable("region", "Region", Kind.CATEGORICAL);
    public static final FitVariable BILLING_COUNTRY = new FitVariable("billing-country", "Billing country", Kind.CATEGORICAL);
    public static final FitVariable TYPE = new FitVariable("type", "Account type", Kind.CATEGORICAL);
    public static final FitVariable OWNERSHIP = new FitVariable("ownership", "Ownership", Kind.CATEGORICAL);
    public static final FitVariable AGE = new FitVariable("age-years", "Age in years", Kind.NUMERIC);
    public static final FitVariable HIERARCHY = new FitVariable("hierarchy", "Parent/child", Kind.CATEGORICAL);

    /** The built-in variables, in the order reports list them. */
    public static final List<FitVariable> BUILT_IN = List.of(INDUSTRY, SIZE_BAND, EMPLOYEES, ANNUAL_REVENUE, REGION,
            BILLING_COUNTRY, TYPE, OWNERSHIP, AGE, HIERARCHY);

    public FitVariable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    /** The variable of an enrichment attribute. */
    public static FitVariable attribute(String name, Kind kind) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an attribute name must not be blank");
        }
        return new FitVariable(ATTRIBUTE_PREFIX + name, name, kind);
    }

    /** The built-in variable with this key, or empty. */
    public static Optional<FitVariable> builtIn(String key) {
        return BUILT_IN.stream().filter(v -> v.key.equals(key)).findFirst();
    }

    public boolean isAttribute() {
        return key.startsWith(ATTRIBUTE_PREFIX);
    }

    /** The attribute's name for an enrichment attribute; the key for a built-in. */
    public String attributeName() {
        return isAttribute() ? key.substring(ATTRIBUTE_PREFIX.length()) : key;
    }
}
