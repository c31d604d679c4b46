package dev.tiersync.domain.segments;

import dev.tiersync.domain.fields.OrgFieldValues;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A segment condition on one of the org's own Account fields ({@code segments[n].org-fields}): the account's value
 * must be one of the listed values. A multi-select picklist's value ({@code Cloud;Hosting}) meets it when any of its
 * items is listed. An account that leaves the field empty does not meet it.
 *
 * @param apiName the field's API name, such as {@code Rating} or {@code Primary_Need__c}
 * @param values the values it takes, at least one
 */
public record OrgFieldCondition(String apiName, Set<String> values) {

    private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public OrgFieldCondition {
        if (apiName == null || !API_NAME.matcher(apiName).matches()) {
            throw new IllegalArgumentException("org-fields: '" + apiName + "' is not a field's API name (letters, digits and "
                    + "underscores, such as Rating or Primary_Need__c)");
        }
        if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw new IllegalArgumentException("org-fields." + apiName + ": list the values it takes, such as [Hot, Warm]");
        }
        values = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }

    public static OrgFieldCondition of(String apiName, String... values) {
        return new OrgFieldCondition(apiName, new LinkedHashSet<>(List.of(values)));
    }

    /** Why the account meets it, such as {@code Rating is Hot}; empty when it does not. */
    public Optional<String> reasonIfMet(OrgFieldValues account) {
        return account.get(apiName).flatMap(value -> Arrays.stream(value.split(";")).map(String::strip)
                .filter(values::contains).findFirst()).map(item -> apiName + " is " + item);
    }
}
