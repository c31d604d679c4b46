package dev.tiersync.domain.segments;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A condition the core does not know by itself, such as "uses HubSpot or Pipedrive": named in a segment's
 * rules and judged by whatever contributes a condition of that name (a plugin's segment condition). Two
 * uses with the same name and arguments are the same condition.
 *
 * @param name the condition's name, lower case letters, digits and dashes, such as {@code uses-technology}
 * @param arguments the rule's settings for it, such as {@code technology: "HubSpot, Pipedrive"}, by key
 */
public record NamedCondition(String name, Map<String, String> arguments) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public NamedCondition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a condition's name must be lower case letters, digits and dashes, starting with a "
                    + "letter, such as uses-technology; was '" + name + "'");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        (arguments == null ? Map.<String, String>of() : arguments).forEach((key, value) -> {
            if (key == null || key.isBlank() || value == null) {
                throw new IllegalArgumentException("condition " + name + ": every setting needs a key and a value");
            }
            copy.put(key, value);
        });
        arguments = Collections.unmodifiableMap(copy);
    }

    /** For messages: {@code uses-technology {technology=HubSpot, Pipedrive}}. */
    @Override
    public String toString() {
        return arguments.isEmpty() ? name : name + " " + arguments;
    }
}
