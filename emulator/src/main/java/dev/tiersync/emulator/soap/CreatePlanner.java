package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.AuditEntry;
import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.ObjectSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one record of a create, from SOAP or a Bulk insert, and creates it: the same rules for both APIs. The
 * schema's required fields must be set, and a value already held by another record in a unique field is refused
 * with {@code DUPLICATE_VALUE}, as a real org refuses it.
 */
public final class CreatePlanner {

    /** A record ready to create, or why it is refused. */
    public record Planned(ObjectSchema object, Map<String, String> values, RecordError error) {
    }

    /** A created record's id, or why it was refused. */
    public record Created(String id, RecordError error) {
    }

    private CreatePlanner() {
    }

    /** Checks without writing anything. */
    public static Planned plan(String type, List<RecordValues.Input> inputs, OrgContext org) {
        Optional<ObjectSchema> object = type == null ? Optional.empty() : org.store().schema().object(type.strip());
        if (object.isEmpty()) {
            return new Planned(null, null, RecordError.of("INVALID_TYPE", "sObject type '" + type + "' is not supported."));
        }
        RecordValues.Checked checked = RecordValues.check(inputs, object.get());
        if (checked.error() != null) {
            return new Planned(null, null, checked.error());
        }
        Map<String, String> values = new LinkedHashMap<>();
        checked.values().forEach((position, value) -> values.put(object.get().at(position).name(), value));
        for (FieldDefinition field : object.get().fields()) {
            if (field.isRequired() && values.get(field.name()) == null) {
                return new Planned(null, null, RecordError.of("REQUIRED_FIELD_MISSING", "Required fields are missing: ["
                        + field.name() + "]", field.name()));
            }
        }
        return new Planned(object.get(), values, null);
    }

    /** Creates a planned record and audits it, unless a unique field's value is taken by now. */
    public static Created create(Planned planned, OrgContext org) {
        Optional<Map.Entry<String, String>> duplicate = org.store().duplicate(planned.object().name(), planned.values());
        if (duplicate.isPresent()) {
            String field = duplicate.get().getKey();
            return new Created(null, RecordError.of("DUPLICATE_VALUE", "duplicate value found: " + field
                    + " duplicates value on record with id: " + duplicate.get().getValue(), field));
        }
        String id = org.store().create(planned.object().name(), planned.values());
        planned.values().forEach((field, value) -> org.audit().record(
                new AuditEntry(org.clocks().now(), "create", planned.object().name(), id, field, null, value)));
        return new Created(id, null);
    }
}
