package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.FieldRules;

/** Checks a written value against its field as Salesforce does, and normalises it to how the API returns it. */
final class FieldValueCheck {

    /** The value to store, or the error Salesforce would give. */
    record Outcome(String value, RecordError error) {
    }

    private FieldValueCheck() {
    }

    static Outcome check(FieldDefinition field, String value) {
        if (!field.updateable()) {
            return failed(RecordError.of("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: " + field.name()
                    + ". Please check the security settings of this field and verify that it is read/write for your profile "
                    + "or permission set.", field.name()));
        }
        if (value == null) {
            return new Outcome(null, null);
        }
        try {
            return new Outcome(FieldRules.normalise(field, value), null);
        } catch (FieldRules.Refused refused) {
            return failed(switch (refused.reason()) {
                case NOT_IN_PICKLIST -> RecordError.of("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                        "bad value for restricted picklist field: " + value, field.name());
                case TOO_LONG -> RecordError.of("STRING_TOO_LONG", field.name() + ": data value too large: " + value
                        + " (max length=" + field.length() + ")", field.name());
                case OUT_OF_RANGE -> RecordError.of("NUMBER_OUTSIDE_VALID_RANGE",
                        field.name() + ": value outside of valid range on numeric field: " + value, field.name());
                case NOT_OF_TYPE -> RecordError.of("INVALID_TYPE_ON_FIELD_IN_RECORD",
                        field.name() + ": value not of required type: " + value, field.name());
            });
        }
    }

    private static Outcome failed(RecordError error) {
        return new Outcome(null, error);
    }
}
