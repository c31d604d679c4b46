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
 * The org's records in memory: a table per type, each row kept encoded ({@link RowCodec}) and read as an
 * array of text values by field position. A record's table is found from its id's key prefix. Thread-safe.
 */
public final class InMemoryOrgStore implements OrgStore {

    private final Schema schema;
    private final Clocks clocks;
    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, Table> byKeyPrefix = new HashMap<>();
    /** The tables of the few records whose id does not begin with their object's key prefix. */
    private final Map<String, Table> misplaced = new HashMap<>();
    private long created;

    public InMemoryOrgStore(Schema schema, Clocks clocks) {
        this.schema = schema;
        this.clocks = clocks;
    }

    public Schema schema() {
        return schema;
    }

    /**
     * Adds a record; values are keyed by field API name in any case.
     *
     * @throws IllegalArgumentException for an unknown field, a missing or duplicate Id
     */
    public synchronized void insert(String type, Map<String, String> values) {
        Table table = table(type);
        ObjectSchema object = table.object();
        String[] row = new String[object.fieldCount()];
        values.forEach((field, value) -> {
            FieldDefinition definition = object.field(field).orElseThrow(() -> new IllegalArgumentException(
                    "No such column '" + field + "' on entity '" + object.name() + "'"));
            row[object.position(definition)] = value;
        });
        int id = object.position("Id");
        if (row[id] == null || row[id].isBlank()) {
            throw new IllegalArgumentException(object.name() + " record has no Id");
        }
        fillDefaults(object, row);
        deriveActivityAccount(object, row);
        table.add(row);
        if (byKeyPrefix.get(keyPrefixOf(row[id])) != table) {
            misplaced.put(row[id], table);
        }
    }

    private void fillDefaults(ObjectSchema object, String[] row) {
        int created = object.position("CreatedDate");
        int modified = object.position("LastModifiedDate");
        int stamp = object.position("SystemModstamp");
        if (row[created] == null) {
            row[created] = Clocks.format(clocks.tick());
        }
        if (row[modified] == null) {
            row[modified] = row[stamp] != null ? row[stamp] : row[created];
        }
        if (row[stamp] == null) {
            row[stamp] = row[modified];
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null && object.at(i).type() == FieldType.BOOLEAN) {
                row[i] = "false"; // a checkbox is never null in Salesforce
            }
        }
    }

    /** Adds a record made through the API: a new id, CreatedDate and SystemModstamp now; returns the id. */
    public synchronized String create(String type, Map<String, String> values) {
        Table table = table(type);
        String id = dev.tiersync.emulator.store.SalesforceIds.of(table.object().keyPrefix(), "5g0001", ++created);
        Map<String, String> row = new LinkedHashMap<>(values);
        row.put("Id", id);
        String now = Clocks.format(clocks.tick());
        if (table.object().name().endsWith("__c") && row.get("Name") == null) {
            row.put("Name", String.format(Locale.ROOT, "%06d", table.size() + 1)); // an auto-number
        }
        row.put("CreatedDate", now);
        row.put("SystemModstamp", now);
        insert(type, row);
        return id;
    }

    /**
     * The record that already holds one of these values in a unique field, case-insensitively, as the org checks a
     * create: the field's name and that record's id.
     */
    public synchronized Optional<Map.Entry<String, String>> duplicate(String type, Map<String, String> values) {
        Table table = table(type);
        ObjectSchema object = table.object();
        for (FieldDefinition field : object.fields()) {
            String value = values.get(field.name());
            if (!field.isUnique() || value == null) {
                continue;
            }
            String[] row = table.holding(object.position(field), value);
            if (row != null) {
                return Optional.of(Map.entry(field.name(), row[object.position("Id")]));
            }
        }
        return Optional.empty();
    }

    /** Marks a record deleted; queryAll still returns it. */
    public synchronized void delete(String id) {
        Table table = tableOf(id);
        Map<Integer, String> values = new HashMap<>();
        values.put(table.object().position("IsDeleted"), "true");
        apply(id, values);
    }

    /** The rows of a type, for the query engine; deleted rows only when asked. */
    public synchronized Rows snapshot(String type, boolean includeDeleted) {
        return table(type).snapshot(includeDeleted);
    }

    /** The type of the record with this id, if it exists (deleted records included). */
    public synchronized Optional<String> typeOf(String id) {
        Table table = tableOf(id);
        return table == null ? Optional.empty() : Optional.of(table.object().name());
    }

    public synchronized boolean isDeleted(String id) {
        Table table = tableOf(id);
        return table != null && table.isDeleted(id);
    }

    /**
     * Applies already-checked values by field position; LastModifiedDate and SystemModstamp advance.
     *
     * @return the values the record held before, by field name, for the audit
     */
    public synchronized Map<String, String> apply(String id, Map<Integer, String> values) {
        Table table = tableOf(id);
        if (table == null) {
            throw new IllegalArgumentException("no record with Id " + id);
        }
        ObjectSchema object = table.object();
        String[] row = table.get(id).clone();
        Map<String, String> before = new LinkedHashMap<>();
        values.forEach((position, value) -> {
            before.put(object.at(position).name(), row[position]);
            row[position] = value;
        });
        deriveActivityAccount(object, row);
        String stamp = Clocks.format(clocks.stampAfter(row[object.position("SystemModstamp")]));
        row[object.position("LastModifiedDate")] = stamp;
        row[object.position("SystemModstamp")] = stamp;
        table.replace(id, row);
        return before;
    }

    @Override
    public synchronized List<StoredRecord> records(String sObjectType) {
        Table table = table(sObjectType);
        List<StoredRecord> result = new ArrayList<>(table.size());
        for (String[] row : table.snapshot(true)) {
            result.add(record(table.object(), row));
        }
        return result;
    }

    @Override
    public synchronized Optional<StoredRecord> find(String id) {
        Table table = tableOf(id);
        return table == null ? Optional.empty() : Optional.of(record(table.object(), table.get(id)));
    }

    @Override
    public synchronized void put(String sObjectType, String id, String field, String value) {
        Table table = table(sObjectType);
        FieldDefinition definition = table.object().field(field).orElseThrow(() ->
                new IllegalArgumentException("No such column '" + field + "' on entity '" + table.object().name() + "'"));
        if (!table.holds(id)) {
            throw new IllegalArgumentException("no " + table.object().name() + " with Id " + id);
        }
        Map<Integer, String> values = new HashMap<>();
        values.put(table.object().position(definition), value);
        apply(id, values);
    }

    @Override
    public synchronized int count(String sObjectType) {
        return table(sObjectType).live();
    }

    /**
     * An activity's AccountId, as Salesforce sets it: the account its WhatId names, or that record's
     * account (an opportunity's, a case's), or else the account of the contact its WhoId names. A value
     * loaded with the record stays when neither names one the org holds.
     */
    private void deriveActivityAccount(ObjectSchema object, String[] row) {
        if (object.field("WhatId").isEmpty() || object.field("WhoId").isEmpty() || object.field("AccountId").isEmpty()) {
            return;
        }
        String account = accountOf(row[object.position("WhatId")]);
        if (account == null) {
            account = accountOf(row[object.position("WhoId")]);
        }
        if (account != null) {
            row[object.position("AccountId")] = account;
        }
    }

    private String accountOf(String id) {
        Table table = tableOf(id);
        if (table == null) {
            return null;
        }
        ObjectSchema object = table.object();
        if (object.name().equals("Account")) {
            return id;
        }
        return object.field("AccountId").map(field -> table.value(id, object.position(field))).orElse(null);
    }

    private static StoredRecord record(ObjectSchema object, String[] row) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < row.length; i++) {
            fields.put(object.at(i).name(), row[i]);
        }
        return new StoredRecord(object.name(), row[object.position("Id")], fields);
    }

    /** The table holding the record with this id; null when none does. */
    private Table tableOf(String id) {
        if (id == null) {
            return null;
        }
        Table table = misplaced.get(id);
        if (table != null) {
            return table;
        }
        table = byKeyPrefix.get(keyPrefixOf(id));
        return table != null && table.holds(id) ? table : null;
    }

    private static String keyPrefixOf(String id) {
        return id.length() < 3 ? id : id.substring(0, 3);
    }

    private Table table(String type) {
        ObjectSchema object = schema.object(type).orElseThrow(() ->
                new IllegalArgumentException("sObject type '" + type + "' is not supported."));
        return tables.computeIfAbsent(object.name().toLowerCase(Locale.ROOT), k -> {
            Table table = new Table(object);
            byKeyPrefix.putIfAbsent(object.keyPrefix(), table);
            return table;
        });
    }
}
