package dev.tiersync.emulator.store;

import java.util.List;

/**
 * One field of an sObject.
 *
 * @param picklistValues the allowed values of a restricted picklist; empty otherwise
 * @param length the maximum length of a text value, 0 when unchecked
 */
public record FieldDefinition(String name, FieldType type, boolean updateable, List<String> picklistValues, int length) {

    public FieldDefinition {
        picklistValues = List.copyOf(picklistValues);
    }

    static FieldDefinition readOnly(String name, FieldType type) {
        return new FieldDefinition(name, type, false, List.of(), 0);
    }

    static FieldDefinition of(String name, FieldType type) {
        return new FieldDefinition(name, type, true, List.of(), 0);
    }

    public boolean isRestrictedPicklist() {
        return !picklistValues.isEmpty();
    }
}
