package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.xml.SoapRequest;
import dev.tiersync.emulator.xml.XmlNode;
import dev.tiersync.emulator.xml.Xml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code update}: partial success, one SaveResult per record in request order, at most 200 records. */
final class UpdateHandler implements SoapOperation {

    static final int MAX_RECORDS = 200;

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        List<XmlNode> records = request.operation().all("sObjects");
        if (records.size() > MAX_RECORDS) {
            throw SoapFault.unexpected("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
        }
        StringBuilder out = new StringBuilder(records.size() * 96);
        for (XmlNode record : records) {
            String id = record.childText("Id");
            RecordError error = update(record, id, org);
            if (error == null) {
                out.append("<result><id>").append(id.strip()).append("</id><success>true</success></result>");
            } else {
                out.append("<result><errors>");
                error.fields().forEach(f -> out.append("<fields>").append(Xml.escape(f)).append("</fields>"));
                out.append("<message>").append(Xml.escape(error.message())).append("</message><statusCode>")
                        .append(error.statusCode()).append("</statusCode></errors><id xsi:nil=\"true\"/><success>false</success></result>");
            }
        }
        return out.toString();
    }

    /** Applies one record, or says why not; nothing of a refused record is written. */
    private static RecordError update(XmlNode record, String rawId, OrgContext org) {
        if (rawId == null || rawId.isBlank()) {
            return RecordError.of("MISSING_ARGUMENT", "Id not specified in an update call");
        }
        String id = rawId.strip();
        String type = record.childText("type");
        Optional<ObjectSchema> object = type == null ? Optional.empty() : org.store().schema().object(type.strip());
        if (object.isEmpty()) {
            return RecordError.of("INVALID_TYPE", "sObject type '" + type + "' is not supported.");
        }
        if (id.length() != 15 && id.length() != 18) {
            return RecordError.of("MALFORMED_ID", "Account ID: id value of incorrect type: " + id, "Id");
        }
        Optional<String> storedType = org.store().typeOf(id);
        if (storedType.isEmpty() || !storedType.get().equals(object.get().name())) {
            return RecordError.of("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id");
        }
        if (org.store().isDeleted(id)) {
            return RecordError.of("ENTITY_IS_DELETED", "entity is deleted");
        }
        if (org.faults().validationFails(id)) {
            return RecordError.of("FIELD_CUSTOM_VALIDATION_EXCEPTION",
                    "TierSync test rule: this account is locked for changes by a validation rule", "Tier__c");
        }
        if (org.faults().lockFails()) {
            return RecordError.of("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record or 1 records: " + id);
        }
        Map<Integer, String> values = new LinkedHashMap<>();
        for (XmlNode field : record.children()) {
            String name = field.name();
            if (name.equals("type") || name.equals("Id")) {
                continue;
            }
            boolean toNull = name.equals("fieldsToNull");
            String fieldName = toNull ? field.text().strip() : name;
            Optional<FieldDefinition> definition = object.get().field(fieldName);
            if (definition.isEmpty()) {
                return RecordError.of("INVALID_FIELD", "No such column '" + fieldName + "' on sobject of type " + object.get().name(), fieldName);
            }
            FieldValueCheck.Outcome outcome = FieldValueCheck.check(definition.get(), toNull ? null : field.text());
            if (outcome.error() != null) {
                return outcome.error();
            }
            values.put(object.get().position(definition.get()), outcome.value());
        }
        Map<String, String> before = org.store().apply(id, values);
        org.audit().recordUpdate(object.get().name(), id, before, values, object.get());
        return null;
    }
}
