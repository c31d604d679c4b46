package dev.tiersync.scheduler.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * The keys TierSync's settings accept, derived from the settings records themselves (a record's components,
 * in kebab case; a map takes any key; a list takes indexes): a key that is none of them is refused with the
 * nearest valid key, so a typo ({@code methd}, {@code tiersync.schedul.cron}) or a file without its
 * {@code tiersync:} root is not silently ignored.
 */
public final class SettingKeys {

    private final Node root = new Node(Kind.RECORD);

    /**
     * The keys of the command line's YAML files ({@code --rules}, {@code --settings}): one file may hold the rules
     * and the settings of a sync, as {@code serve}'s configuration does.
     */
    public static SettingKeys ofCommandLineFiles() {
        return new SettingKeys()
                .with("tiersync.segmentation", SegmentationProperties.class)
                .with("tiersync.sync", SyncProperties.class)
                .with("tiersync.resilience", ResilienceProperties.class)
                .with("tiersync.salesforce", SalesforceProperties.class)
                .with("tiersync.plugins", PluginsProperties.class);
    }

    /** The keys of the settings record {@code type} bound under {@code prefix}, such as {@code tiersync.sync}. */
    public SettingKeys with(String prefix, Class<?> type) {
        Node node = root;
        for (String element : elements(ConfigurationPropertyName.of(prefix))) {
            node.names.put(uniform(element), element);
            node = node.children.computeIfAbsent(uniform(element), e -> new Node(Kind.RECORD));
        }
        node.kind = type.isRecord() ? Kind.RECORD : Kind.ANY;
        if (type.isRecord()) {
            node.addComponents(type, 0);
        }
        return this;
    }

    /**
     * @param key a key as written, such as {@code tiersync.segmentation.tiers.methd} or {@code tiersync.orgs[0].name}
     * @return why the key is not a setting and the nearest one that is; empty for a valid key
     */
    public Optional<String> problem(String key) {
        ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> problem = problem(name);
        if (problem.isPresent() && !key.startsWith("tiersync") && problem(ConfigurationPropertyName.adapt("tiersync." + key, '.'))
                .isEmpty()) {
            return Optional.of(key + " is not a setting: did you mean tiersync." + key + "? (the settings go under a "
                    + "'tiersync:' root)");
        }
        return problem;
    }

    private Optional<String> problem(ConfigurationPropertyName name) {
        Node node = root;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < name.getNumberOfElements(); i++) {
            String element = name.getElement(i, ConfigurationPropertyName.Form.DASHED);
            boolean indexed = name.isNumericIndex(i);
            switch (node.kind) {
                case ANY:
                    return Optional.empty();
                case MAP:
                    node = node.value;
                    break;
                case LIST:
                    if (!indexed) {
                        return Optional.of(name + " is not a setting: " + path + " is a list, give an index such as "
                                + path + "[0]");
                    }
                    node = node.value;
                    break;
                case LEAF:
                    if (indexed) {
                        return Optional.empty(); // a list given for one value: Spring joins it
                    }
                    return Optional.of(name + " is not a setting: " + path + " takes a value, nothing below it");
                case RECORD:
                    Node child = node.children.get(uniform(element));
                    if (child == null) {
                        return Optional.of(name + " is not a setting: " + suggestion(path.toString(), element, node));
                    }
                    node = child;
                    break;
                default:
                    throw new IllegalStateException(node.kind.name());
            }
            path.append(indexed ? "[" + element + "]" : (path.isEmpty() ? "" : ".") + element);
        }
        return Optional.empty();
    }

    private static String suggestion(String parent, String element, Node node) {
        String prefix = parent.isEmpty() ? "" : parent + ".";
        Optional<String> nearest = node.names.values().stream()
                .min(Comparator.comparingInt(candidate -> distance(candidate, element)))
                .filter(candidate -> distance(candidate, element) <= Math.max(2, element.length() / 3));
        if (nearest.isPresent()) {
            return "did you mean " + prefix + nearest.get() + "?";
        }
        return (parent.isEmpty() ? "the keys here are " : parent + " has the keys ") + String.join(", ", node.names.values());
    }

    /** Levenshtein distance: the fewest single-character edits from one name to the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> elements(ConfigurationPropertyName name) {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < name.getNumberOfElements(); i++) {
            elements.add(name.getElement(i, ConfigurationPropertyName.Form.DASHED));
        }
        return elements;
    }

    private static String uniform(String element) {
        return element.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    private enum Kind { RECORD, MAP, LIST, LEAF, ANY }

    private static final class Node {
        private static final int DEEPEST = 12;

        Kind kind;
        /** By the key's uniform form (lower case, no dashes), as Spring's relaxed binding matches it. */
        final Map<String, Node> children = new TreeMap<>();
        /** The key as documented (kebab case), by its uniform form. */
        final Map<String, String> names = new TreeMap<>();
        Node value;

        Node(Kind kind) {
            this.kind = kind;
        }

        void addComponents(Class<?> record, int depth) {
            for (RecordComponent component : record.getRecordComponents()) {
                String name = kebab(component.getName());
                names.put(uniform(name), name);
                children.put(uniform(name), of(component.getGenericType(), depth + 1));
            }
        }

        static Node of(Type type, int depth) {
            if (depth > DEEPEST) {
                return new Node(Kind.ANY);
            }
            if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
                Type[] arguments = parameterized.getActualTypeArguments();
                if (Map.class.isAssignableFrom(raw)) {
                    Node map = new Node(Kind.MAP);
                    map.value = of(arguments[1], depth + 1);
                    return map;
                }
                if (Collection.class.isAssignableFrom(raw)) {
                    Node list = new Node(Kind.LIST);
                    list.value = of(arguments[0], depth + 1);
                    return list;
                }
                if (Optional.class.equals(raw)) {
                    return of(arguments[0], depth);
                }
                return new Node(Kind.ANY);
            }
            if (type instanceof Class<?> plain) {
                if (plain.isArray()) {
                    Node list = new Node(Kind.LIST);
                    list.value = of(plain.getComponentType(), depth + 1);
                    return list;
                }
                if (plain.isRecord()) {
                    Node record = new Node(Kind.RECORD);
                    record.addComponents(plain, depth);
                    return record;
                }
                if (Map.class.isAssignableFrom(plain) || Collection.class.isAssignableFrom(plain)) {
                    return new Node(Kind.ANY);
                }
                return new Node(Kind.LEAF);
            }
            return new Node(Kind.ANY);
        }

        private static String kebab(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        }
    }
}
