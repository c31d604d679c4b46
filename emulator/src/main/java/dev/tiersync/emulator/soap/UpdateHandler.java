package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.xml.SoapRequest;
import dev.tiersync.emulator.xml.XmlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code update}: at most 200 records; one SaveResult per record in request order; partial success,
 * or all or none with the AllOrNoneHeader.
 */
final class UpdateHandler implements SoapOperation {

    static final int MAX_RECORDS = 200;

    /** A record ready to write, or why it is refused. */
    private record Planned(String id, ObjectSchema object, Map<Integer, String> values, RecordError error) {
    }

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        List<XmlNode> records = request.operation().all("sObjects");
        if (records.size() > MAX_RECORDS) {
            throw SoapFault.unexpected("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
        }
        List<Planned> plan = new ArrayList<>(records.size());
        for (XmlNode record : records) {
            plan.add(plan(record, org));
        }
        boolean rollBack = request.allOrNone() && plan.stream().anyMatch(p -> p.error() != null);
        StringBuilder out = new StringBuilder(records.size() * 96);
        for (Planned planned : plan) {
            if (planned.error() != null) {
                SaveResults.failure(out, planned.error());
            } else if (rollBack) {
                SaveResults.failure(out, SaveResults.ROLLED_BACK);
            } else {
                Map<String, String> before = org.store().apply(planned.id(), planned.values());
                org.audit().recordUpdate(planned.object().name(), planned.id(), before, planned.values(), planned.object());
                SaveResults.success(out, planned.id());
            }
        }
        return out.toString();
    }

    /** Checks one record without writing anything. */
    private static Planned plan(XmlNode record, OrgContext org) {
        String rawId = record.childText("Id");
        if (rawId == null || rawId.isBlank()) {
            return refused(null, RecordError.of("MISSING_ARGUMENT", "Id not specified in an update call"));
        }
        String id = rawId.strip();
        String type = record.childText("type");
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
        RecordValues.Checked checked = RecordValues.check(record, object.get(), false);
        return checked.error() != null ? refused(id, checked.error()) : new Planned(id, object.get(), checked.values(), null);
    }

    private static Planned refused(String id, RecordError error) {
        return new Planned(id, null, null, error);
    }
}
