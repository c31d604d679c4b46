package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.store.ObjectSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks one record of an update, from SOAP or Bulk, and writes it: the same rules for both APIs. */
public final class UpdatePlanner {

    /** A record ready to write, or why it is refused. */
    public record Planned(String id, ObjectSchema object, Map<Integer, String> values, RecordError error) {
    }

    private UpdatePlanner() {
    }

    /** Checks without writing anything. */
    public static Planned plan(String rawId, String type, List<RecordValues.Input> inputs, OrgContext org) {
        if (rawId == null || rawId.isBlank()) {
            return refused(null, RecordError.of("MISSING_ARGUMENT", "Id not specified in an update call"));
        }
        String id = rawId.strip();
        Optional<ObjectSchema> object = type == null ? Optional.empty() : org.store().schema().object(type.strip());
        if (object.isEmpty()) {
            return refused(id, RecordError.of("INVALID_TYPE", "sObject type '" + type + "' is not supported."));
        }
        if (id.length() != 15 && id.length() != 18) {
            return refused(id, RecordError.of("MALFORMED_ID", object.get().name() + " ID: id value of incorrect type: " + id, "Id"));
        }
        Optional<String> storedType = org.store().typeOf(id);
        if (storedType.isEmpty() || !storedType.get().equals(object.get().name())) {
            return refused(id, RecordError.of("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id"));
        }
        if (org.store().isDeleted(id)) {
            return refused(id, RecordError.of("ENTITY_IS_DELETED", "entity is deleted"));
        }
        if (org.faults().validationFails(id)) {
            return refused(id, RecordError.of("FIELD_CUSTOM_VALIDATION_EXCEPTION",
                    "TierSync test rule: this account is locked for changes by a validation rule", "Tier__c"));
        }
        if (org.faults().lockFails()) {
            return refused(id, RecordError.of("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record or 1 records: " + id));
        }
        RecordValues.Checked checked = RecordValues.check(inputs, object.get());
        return checked.error() != null ? refused(id, checked.error()) : new Planned(id, object.get(), checked.values(), null);
    }

    /** Writes a planned record and audits it. */
    public static void apply(Planned planned, OrgContext org) {
        Map<String, String> before = org.store().apply(planned.id(), planned.values());
        org.audit().recordUpdate(planned.object().name(), planned.id(), before, planned.values(), planned.object());
    }

    private static Planned refused(String id, RecordError error) {
        return new Planned(id, null, null, error);
    }
}
