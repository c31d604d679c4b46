package dev.tiersync.emulator.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The fields of one sObject type, found case-insensitively as Salesforce does. */
public final class ObjectSchema {

    private final String name;
    private final String keyPrefix;
    private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<FieldDefinition> byPosition = new ArrayList<>();

    ObjectSchema(String name, String keyPrefix) {
        this.name = name;
        this.keyPrefix = keyPrefix;
    }

    ObjectSchema add(FieldDefinition field) {
        String key = field.name().toLowerCase(Locale.ROOT);
        if (fields.putIfAbsent(key, field) != null) {
            throw new IllegalStateException(name + " defines " + field.name() + " twice");
        }
        positions.put(field.name(), byPosition.size());
        byPosition.add(field);
        return this;
    }

    /** Puts another definition in the place of a field's, as redeploying the field's metadata does. */
    void replace(FieldDefinition field) {
        String key = field.name().toLowerCase(Locale.ROOT);
        FieldDefinition old = fields.get(key);
        if (old == null) {
            throw new IllegalArgumentException(field.name() + " is not a field of " + name);
        }
        fields.put(key, field);
        byPosition.set(positions.get(old.name()), field);
    }

    /** Where a field's value sits in a row of this object. */
    public int position(FieldDefinition field) {
        Integer position = positions.get(field.name());
        if (position == null) {
            throw new IllegalArgumentException(field.name() + " is not a field of " + name);
        }
        return position;
    }

    public int position(String exactName) {
        return position(field(exactName).orElseThrow(() -> new IllegalArgumentException(exactName + " is not a field of " + name)));
    }

    public FieldDefinition at(int position) {
        return byPosition.get(position);
    }

    public int fieldCount() {
        return byPosition.size();
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Optional<FieldDefinition> field(String fieldName) {
        Integer exact = positions.get(fieldName);
        if (exact != null) {
            return Optional.of(byPosition.get(exact));
        }
        return Optional.ofNullable(fields.get(fieldName.toLowerCase(Locale.ROOT)));
    }

    public Collection<FieldDefinition> fields() {
        return fields.values();
    }
}
