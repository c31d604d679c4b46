package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.AuditEntry;
import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.xml.SoapRequest;
import dev.tiersync.emulator.xml.XmlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code create}: at most 200 records, each given a new 18-character id; the schema's required fields must be set. */
final class CreateHandler implements SoapOperation {


    private record Planned(ObjectSchema object, Map<String, String> values, RecordError error) {
    }

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        List<XmlNode> records = request.operation().all("sObjects");
        if (records.size() > UpdateHandler.MAX_RECORDS) {
            throw SoapFault.unexpected("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
        }
        List<Planned> plan = new ArrayList<>();
        for (XmlNode record : records) {
            plan.add(plan(record, org));
        }
        boolean rollBack = request.allOrNone() && plan.stream().anyMatch(p -> p.error() != null);
        StringBuilder out = new StringBuilder();
        for (Planned planned : plan) {
            if (planned.error() != null) {
                SaveResults.failure(out, planned.error());
            } else if (rollBack) {
                SaveResults.failure(out, SaveResults.ROLLED_BACK);
            } else {
                String id = org.store().create(planned.object().name(), planned.values());
                planned.values().forEach((field, value) -> org.audit().record(
                        new AuditEntry(org.clocks().now(), "create", planned.object().name(), id, field, null, value)));
                SaveResults.success(out, id);
            }
        }
        return out.toString();
    }

    private static Planned plan(XmlNode record, OrgContext org) {
        String type = record.childText("type");
        Optional<ObjectSchema> object = type == null ? Optional.empty() : org.store().schema().object(type.strip());
        if (object.isEmpty()) {
            return new Planned(null, null, RecordError.of("INVALID_TYPE", "sObject type '" + type + "' is not supported."));
        }
        RecordValues.Checked checked = RecordValues.check(record, object.get(), true);
        if (checked.error() != null) {
            return new Planned(null, null, checked.error());
        }
        Map<String, String> values = new LinkedHashMap<>();
        checked.values().forEach((position, value) -> {
            FieldDefinition field = object.get().at(position);
            values.put(field.name(), value);
        });
        for (FieldDefinition field : object.get().fields()) {
            if (field.isRequired() && values.get(field.name()) == null) {
                return new Planned(null, null, RecordError.of("REQUIRED_FIELD_MISSING", "Required fields are missing: ["
                        + field.name() + "]", field.name()));
            }
        }
        return new Planned(object.get(), values, null);
    }
}
