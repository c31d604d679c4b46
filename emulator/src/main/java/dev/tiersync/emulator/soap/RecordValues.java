package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.xml.XmlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the field values of one sObject of a create or update request and checks each against describe. */
public final class RecordValues {

    /** The checked values by field position, or the reason the record is refused. */
    public record Checked(Map<Integer, String> values, RecordError error) {
    }

    private RecordValues() {
    }

    /** A value to write: a field's name and its new text, or null to clear it. */
    public record Input(String field, String value) {
    }

    /** The inputs of an sObject element: its fields, and fieldsToNull wherever they stand. */
    static List<Input> inputs(XmlNode record, boolean create) {
        List<Input> inputs = new ArrayList<>();
        for (XmlNode field : record.children()) {
            String name = field.name();
            if (name.equals("type") || (name.equals("Id") && !create)) {
                continue;
            }
            inputs.add(name.equals("fieldsToNull") ? new Input(field.text().strip(), null) : new Input(name, field.text()));
        }
        return inputs;
    }

    /** @param create true for a create, where read-only fields such as Id are refused too */
    static Checked check(XmlNode record, ObjectSchema object, boolean create) {
        return check(inputs(record, create), object);
    }

    public static Checked check(List<Input> inputs, ObjectSchema object) {
        Map<Integer, String> values = new LinkedHashMap<>();
        for (Input input : inputs) {
            String fieldName = input.field();
            Optional<FieldDefinition> definition = object.field(fieldName);
            if (definition.isEmpty()) {
                return new Checked(null, RecordError.of("INVALID_FIELD",
                        "No such column '" + fieldName + "' on sobject of type " + object.name(), fieldName));
            }
            FieldValueCheck.Outcome outcome = FieldValueCheck.check(definition.get(), input.value());
            if (outcome.error() != null) {
                return new Checked(null, outcome.error());
            }
            values.put(object.position(definition.get()), outcome.value());
        }
        return new Checked(values, null);
    }
}
