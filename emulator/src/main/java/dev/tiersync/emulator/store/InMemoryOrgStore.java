package dev.tiersync.emulator.store;

import dev.tiersync.emulator.OrgStore;
import dev.tiersync.emulator.StoredRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The org's records in memory: per type, by id in insertion order, each a map from the field's
 * API name (as the schema spells it) to its text value. Thread-safe.
 */
public final class InMemoryOrgStore implements OrgStore {

    private final Schema schema;
    private final Clocks clocks;
    private final Map<String, Map<String, Map<String, String>>> byType = new HashMap<>();
    private final Map<String, String> typeById = new HashMap<>();

    public InMemoryOrgStore(Schema schema, Clocks clocks) {
        this.schema = schema;
        this.clocks = clocks;
    }

    public Schema schema() {
        return schema;
    }

    /** Adds a record; values are keyed by field API name in any case. */
    public synchronized void insert(String type, Map<String, String> values) {
        ObjectSchema object = objectOf(type);
        Map<String, String> record = new LinkedHashMap<>();
        values.forEach((field, value) -> record.put(object.field(field).orElseThrow(() -> new IllegalArgumentException(
                "No such column '" + field + "' on entity '" + object.name() + "'")).name(), value));
        String id = record.get("Id");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(object.name() + " record has no Id");
        }
        if (typeById.containsKey(id)) {
            throw new IllegalArgumentException("duplicate Id " + id);
        }
        String created = record.get("CreatedDate");
        String stamp = created != null ? created : Clocks.format(clocks.tick());
        record.putIfAbsent("CreatedDate", stamp);
        record.putIfAbsent("LastModifiedDate", record.getOrDefault("SystemModstamp", stamp));
        record.putIfAbsent("SystemModstamp", record.get("LastModifiedDate"));
        for (FieldDefinition field : object.fields()) {
            if (field.type() == FieldType.BOOLEAN) {
                record.putIfAbsent(field.name(), "false"); // a checkbox is never null in Salesforce
            }
        }
        rows(object).put(id, record);
        typeById.put(id, object.name());
    }

    /** Live rows of a type, for the query engine to read under {@link #snapshot(String)}. */
    public synchronized List<Map<String, String>> snapshot(String type) {
        List<Map<String, String>> copies = new ArrayList<>();
        for (Map<String, String> row : rows(objectOf(type)).values()) {
            copies.add(new HashMap<>(row));
        }
        return copies;
    }

    /** The type of the record with this id, if it exists. */
    public synchronized Optional<String> typeOf(String id) {
        return Optional.ofNullable(typeById.get(id));
    }

    /** Applies already-checked values; LastModifiedDate and SystemModstamp advance. */
    public synchronized void apply(String id, Map<String, String> values) {
        String type = typeById.get(id);
        if (type == null) {
            throw new IllegalArgumentException("no record with Id " + id);
        }
        Map<String, String> record = rows(objectOf(type)).get(id);
        record.putAll(values);
        String stamp = Clocks.format(clocks.tick());
        record.put("LastModifiedDate", stamp);
        record.put("SystemModstamp", stamp);
    }

    @Override
    public synchronized List<StoredRecord> records(String sObjectType) {
        ObjectSchema object = objectOf(sObjectType);
        List<StoredRecord> result = new ArrayList<>();
        rows(object).forEach((id, row) -> result.add(new StoredRecord(object.name(), id, row)));
        return result;
    }

    @Override
    public synchronized Optional<StoredRecord> find(String id) {
        String type = typeById.get(id);
        return type == null ? Optional.empty()
                : Optional.of(new StoredRecord(type, id, rows(objectOf(type)).get(id)));
    }

    @Override
    public synchronized void put(String sObjectType, String id, String field, String value) {
        ObjectSchema object = objectOf(sObjectType);
        FieldDefinition definition = object.field(field).orElseThrow(() ->
                new IllegalArgumentException("No such column '" + field + "' on entity '" + object.name() + "'"));
        if (!object.name().equals(typeById.get(id))) {
            throw new IllegalArgumentException("no " + object.name() + " with Id " + id);
        }
        Map<String, String> values = new HashMap<>();
        values.put(definition.name(), value);
        apply(id, values);
    }

    public synchronized int count(String type) {
        return rows(objectOf(type)).size();
    }

    private ObjectSchema objectOf(String type) {
        return schema.object(type).orElseThrow(() -> new IllegalArgumentException("sObject type '" + type + "' is not supported."));
    }

    private Map<String, Map<String, String>> rows(ObjectSchema object) {
        return byType.computeIfAbsent(object.name().toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>());
    }
}
