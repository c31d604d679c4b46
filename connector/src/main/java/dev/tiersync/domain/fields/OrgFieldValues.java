package dev.tiersync.domain.fields;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The values an account holds in the org's own fields that the rules name (standard or custom, such as
 * {@code Rating} or {@code Primary_Need__c}), as the org sends them: text, by API name. These fields are the org's,
 * not TierSync's, so they are not in the catalog ({@code AccountFields}); this is the one place that holds them. A
 * field the account leaves empty has no value here.
 */
public final class OrgFieldValues {

    public static final OrgFieldValues NONE = new OrgFieldValues(Map.of());

    private final Map<String, String> values;

    private OrgFieldValues(Map<String, String> values) {
        this.values = values;
    }

    /** The given values, by API name; blank and null values are left out. */
    public static OrgFieldValues of(Map<String, String> byApiName) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byApiName.forEach((name, value) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("an org field needs an API name");
            }
            if (value != null && !value.isBlank()) {
                copy.put(name, value);
            }
        });
        return copy.isEmpty() ? NONE : new OrgFieldValues(Collections.unmodifiableMap(copy));
    }

    /** The account's value of the field (API names compare without case, as Salesforce's do); empty when it holds none. */
    public Optional<String> get(String apiName) {
        return Optional.ofNullable(values.get(apiName));
    }

    /** The fields that hold a value, in API-name order. */
    public Set<String> names() {
        return values.keySet();
    }

    public void forEach(BiConsumer<String, String> action) {
        values.forEach(action);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrgFieldValues o && o.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
