package dev.tiersync.emulator.store;

import java.util.List;

/**
 * One field of an sObject.
 *
 * @param picklistValues the allowed values of a restricted picklist; empty otherwise
 * @param length the maximum length of a text value, 0 when unchecked
 * @param precision the digits of a number, 0 when unchecked
 * @param scale the digits after the point of a number
 */
public record FieldDefinition(String name, String label, FieldType type, boolean updateable, boolean custom,
                              List<String> picklistValues, int length, int precision, int scale) {

    public FieldDefinition {
        picklistValues = List.copyOf(picklistValues);
    }

    static FieldDefinition readOnly(String name, FieldType type) {
        return new FieldDefinition(name, labelOf(name), type, false, false, List.of(), defaultLength(type), 0, 0);
    }

    static FieldDefinition of(String name, FieldType type) {
        return new FieldDefinition(name, labelOf(name), type, true, false, List.of(), defaultLength(type), 0, 0);
    }

    FieldDefinition withLength(int characters) {
        return new FieldDefinition(name, label, type, updateable, custom, picklistValues, characters, precision, scale);
    }

    public boolean isRestrictedPicklist() {
        return !picklistValues.isEmpty();
    }

    /** "NumberOfEmployees" reads "Number Of Employees"; a trailing "Id" of a reference is dropped. */
    static String labelOf(String apiName) {
        String base = apiName.endsWith("Id") && apiName.length() > 2 ? apiName.substring(0, apiName.length() - 2) : apiName;
        return base.replaceAll("([a-z])([A-Z])", "$1 $2");
    }

    static int defaultLength(FieldType type) {
        return switch (type) {
            case ID, REFERENCE -> 18;
            case STRING, PICKLIST -> 255;
            case TEXTAREA -> 32_000;
            default -> 0;
        };
    }
}
