package dev.tiersync.emulator.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The fields of one sObject type, found case-insensitively as Salesforce does. */
public final class ObjectSchema {

    private final String name;
    private final String keyPrefix;
    private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();

    ObjectSchema(String name, String keyPrefix) {
        this.name = name;
        this.keyPrefix = keyPrefix;
    }

    ObjectSchema add(FieldDefinition field) {
        fields.put(field.name().toLowerCase(Locale.ROOT), field);
        return this;
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Optional<FieldDefinition> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName.toLowerCase(Locale.ROOT)));
    }

    public Collection<FieldDefinition> fields() {
        return fields.values();
    }
}
