package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.xml.XmlNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the field values of one sObject of a create or update request and checks each against describe. */
final class RecordValues {

    /** The checked values by field position, or the reason the record is refused. */
    record Checked(Map<Integer, String> values, RecordError error) {
    }

    private RecordValues() {
    }

    /** @param create true for a create, where read-only fields such as Id are refused too */
    static Checked check(XmlNode record, ObjectSchema object, boolean create) {
        Map<Integer, String> values = new LinkedHashMap<>();
        for (XmlNode field : record.children()) {
            String name = field.name();
            if (name.equals("type") || (name.equals("Id") && !create)) {
                continue;
            }
            boolean toNull = name.equals("fieldsToNull");
            String fieldName = toNull ? field.text().strip() : name;
            Optional<FieldDefinition> definition = object.field(fieldName);
            if (definition.isEmpty()) {
                return new Checked(null, RecordError.of("INVALID_FIELD",
                        "No such column '" + fieldName + "' on sobject of type " + object.name(), fieldName));
            }
            FieldValueCheck.Outcome outcome = FieldValueCheck.check(definition.get(), toNull ? null : field.text());
            if (outcome.error() != null) {
                return new Checked(null, outcome.error());
            }
            values.put(object.position(definition.get()), outcome.value());
        }
        return new Checked(values, null);
    }
}
