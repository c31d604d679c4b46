package dev.tiersync.plugins.internal;

import dev.tiersync.plugins.ConfigKey;
import dev.tiersync.plugins.ContributionDescriptor;
import dev.tiersync.plugins.ExtensionPoint;
import dev.tiersync.plugins.PluginDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a plugin manifest, {@code META-INF/tiersync-plugin.yaml}, checking every key: a wrong manifest is
 * refused with one message saying which key and what to write. Every scalar is read as text, so
 * {@code version: 1.10} stays {@code 1.10}.
 */
final class ManifestReader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}([-+][0-9A-Za-z.-]+)?");
    private static final Pattern CLASS_NAME = Pattern.compile("([\\p{L}_$][\\p{L}\\p{N}_$]*\\.)*[\\p{L}_$][\\p{L}\\p{N}_$]*");
    private static final Set<String> PLUGIN_KEYS = Set.of("id", "version", "api", "name", "description", "contributions");
    private static final Set<String> CONTRIBUTION_KEYS = Set.of("id", "point", "class", "description", "config");
    private static final Set<String> CONFIG_KEY_KEYS = Set.of("required", "default", "description");

    private ManifestReader() {
    }

    /** @throws BadManifestException saying what is wrong */
    static PluginDescriptor read(String yaml) {
        Object document;
        try {
            document = yaml().load(yaml);
        } catch (YAMLException e) {
            throw new BadManifestException("the manifest is not valid YAML: " + firstLine(e.getMessage()));
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new BadManifestException("the manifest must be a mapping with id, version, api and contributions");
        }
        checkKeys(root, PLUGIN_KEYS, "the manifest");
        String id = required(root, "id", "the manifest");
        if (!ID.matcher(id).matches()) {
            throw new BadManifestException("id '" + id + "' must be lower case letters, digits and dashes, starting with a letter");
        }
        String version = required(root, "version", "the manifest");
        if (!VERSION.matcher(version).matches()) {
            throw new BadManifestException("version '" + version + "' must be a version such as 1.0.0");
        }
        String api = required(root, "api", "the manifest");
        try {
            ApiRange.parse(api);
        } catch (IllegalArgumentException e) {
            throw new BadManifestException("api: " + e.getMessage());
        }
        Object contributions = root.get("contributions");
        if (!(contributions instanceof List<?> list) || list.isEmpty()) {
            throw new BadManifestException("contributions must list at least one contribution (id, point, class)");
        }
        List<ContributionDescriptor> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ContributionDescriptor contribution = contribution(list.get(i), i + 1);
            if (!ids.add(contribution.id())) {
                throw new BadManifestException("contribution id '" + contribution.id() + "' is used twice");
            }
            read.add(contribution);
        }
        return new PluginDescriptor(id, version, api, optional(root, "name", "the manifest"), read);
    }

    private static ContributionDescriptor contribution(Object entry, int position) {
        String where = "contribution " + position;
        if (!(entry instanceof Map<?, ?> map)) {
            throw new BadManifestException(where + " must be a mapping with id, point and class");
        }
        String id = required(map, "id", where);
        where = "contribution '" + id + "'";
        checkKeys(map, CONTRIBUTION_KEYS, where);
        if (!ID.matcher(id).matches()) {
            throw new BadManifestException(where + ": the id must be lower case letters, digits and dashes, starting with a letter");
        }
        String pointId = required(map, "point", where);
        ExtensionPoint point = ExtensionPoint.fromId(pointId).orElseThrow(() -> new BadManifestException(
                "contribution '" + id + "': unknown extension point '" + pointId + "'; the points are " + ExtensionPoint.ids()));
        String className = required(map, "class", where);
        if (!CLASS_NAME.matcher(className).matches()) {
            throw new BadManifestException(where + ": class '" + className + "' is not a Java class name");
        }
        return new ContributionDescriptor(id, point, className, optional(map, "description", where), config(map.get("config"), where));
    }

    private static List<ConfigKey> config(Object config, String where) {
        if (config == null || "".equals(config)) {
            return List.of();
        }
        if (!(config instanceof Map<?, ?> keys)) {
            throw new BadManifestException(where + ": config must map each key to its required, default and description");
        }
        List<ConfigKey> read = new ArrayList<>();
        for (Map.Entry<?, ?> entry : keys.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String keyWhere = where + ", config key '" + name + "'";
            if (!ID.matcher(name).matches()) {
                throw new BadManifestException(keyWhere + ": a key must be lower case letters, digits and dashes");
            }
            Object spec = entry.getValue();
            if (spec == null || "".equals(spec)) {
                read.add(new ConfigKey(name, false, null, ""));
                continue;
            }
            if (!(spec instanceof Map<?, ?> specMap)) {
                throw new BadManifestException(keyWhere + ": give a mapping of required, default and description");
            }
            checkKeys(specMap, CONFIG_KEY_KEYS, keyWhere);
            String required = optional(specMap, "required", keyWhere);
            if (required != null && !required.equals("true") && !required.equals("false")) {
                throw new BadManifestException(keyWhere + ": required must be true or false, was '" + required + "'");
            }
            String defaultValue = optional(specMap, "default", keyWhere);
            if ("true".equals(required) && defaultValue != null) {
                throw new BadManifestException(keyWhere + ": a required key has no default; drop one of them");
            }
            read.add(new ConfigKey(name, "true".equals(required), defaultValue, optional(specMap, "description", keyWhere)));
        }
        return read;
    }

    private static void checkKeys(Map<?, ?> map, Set<String> allowed, String where) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new BadManifestException(where + ": unknown key '" + key + "'; the keys are " + String.join(", ", sorted(allowed)));
            }
        }
    }

    private static String required(Map<?, ?> map, String key, String where) {
        String value = optional(map, key, where);
        if (value == null) {
            throw new BadManifestException(where + " has no " + key);
        }
        return value;
    }

    private static String optional(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new BadManifestException(where + ": " + key + " must be a single value, not a list or a mapping");
        }
        return text.isBlank() ? null : text.strip();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    /** Safe YAML (no arbitrary types), no duplicate keys, every scalar a string. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(256 * 1024);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // none: true, 1.10 and ~ stay the text written
            }
        });
    }
}
