package dev.tiersync.scheduler.metadata;

import java.util.List;

/**
 * One of TierSync's custom fields on Account.
 *
 * @param length characters of a text field
 * @param precision digits of a number field, with {@code scale} after the point
 * @param values the values of a restricted picklist, in display order
 * @param repEditable true for the rep's pin fields, which reps edit and TierSync only reads
 */
record FieldSpec(String apiName, String label, FieldType type, int length, int precision, int scale, List<String> values,
                 String description, String help, boolean trackHistory, boolean repEditable) {

    FieldSpec {
        values = List.copyOf(values);
    }

    static FieldSpec picklist(String apiName, String label, List<String> values, String description, String help) {
        return new FieldSpec(apiName, label, FieldType.PICKLIST, 0, 0, 0, values, description, help, false, false);
    }

    static FieldSpec of(String apiName, String label, FieldType type, String description, String help) {
        return new FieldSpec(apiName, label, type, 0, 0, 0, List.of(), description, help, false, false);
    }

    FieldSpec withLength(int characters) {
        return new FieldSpec(apiName, label, type, characters, precision, scale, values, description, help, trackHistory, repEditable);
    }

    FieldSpec withDigits(int totalDigits, int decimals) {
        return new FieldSpec(apiName, label, type, length, totalDigits, decimals, values, description, help, trackHistory, repEditable);
    }

    FieldSpec trackingHistory() {
        return new FieldSpec(apiName, label, type, length, precision, scale, values, description, help, true, repEditable);
    }

    FieldSpec editableByReps() {
        return new FieldSpec(apiName, label, type, length, precision, scale, values, description, help, trackHistory, true);
    }

    String fileName() {
        return apiName + ".field-meta.xml";
    }
}
