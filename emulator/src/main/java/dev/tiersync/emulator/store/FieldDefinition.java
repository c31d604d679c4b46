package dev.tiersync.emulator.store;

import java.util.List;
import java.util.Objects;

/**
 * One field of an sObject, as describe lists it: immutable, made by {@link #of} or {@link #readOnly}
 * and refined by the {@code with...} methods, each of which returns a copy.
 */
public final class FieldDefinition {

    private final String name;
    private final String label;
    private final FieldType type;
    private final boolean updateable;
    private final boolean custom;
    private final List<String> picklistValues;
    private final boolean restrictedPicklist;
    private final int length;
    private final int precision;
    private final int scale;
    private final List<String> referenceTo;
    private final String relationshipName;
    private final boolean required;
    private final boolean unique;

    private FieldDefinition(String name, String label, FieldType type, boolean updateable, boolean custom, List<String> picklistValues,
                            boolean restrictedPicklist, int length, int precision, int scale, List<String> referenceTo,
                            String relationshipName, boolean required) {
        this(name, label, type, updateable, custom, picklistValues, restrictedPicklist, length, precision, scale, referenceTo,
                relationshipName, required, false);
    }

    private FieldDefinition(String name, String label, FieldType type, boolean updateable, boolean custom, List<String> picklistValues,
                            boolean restrictedPicklist, int length, int precision, int scale, List<String> referenceTo,
                            String relationshipName, boolean required, boolean unique) {
        this.name = Objects.requireNonNull(name, "name");
        this.label = Objects.requireNonNull(label, "label");
        this.type = Objects.requireNonNull(type, "type");
        this.updateable = updateable;
        this.custom = custom;
        this.picklistValues = List.copyOf(picklistValues);
        this.restrictedPicklist = restrictedPicklist;
        this.length = length;
        this.precision = precision;
        this.scale = scale;
        this.referenceTo = List.copyOf(referenceTo);
        this.relationshipName = relationshipName;
        this.required = required;
        this.unique = unique;
    }

    static FieldDefinition readOnly(String name, FieldType type) {
        return new FieldDefinition(name, labelOf(name), type, false, false, List.of(), false, defaultLength(type), 0, 0, List.of(), null, false);
    }

    static FieldDefinition of(String name, FieldType type) {
        return new FieldDefinition(name, labelOf(name), type, true, false, List.of(), false, defaultLength(type), 0, 0, List.of(), null, false);
    }

    /** A custom field of the salesforce-metadata project. */
    static FieldDefinition custom(String name, String label, FieldType type, List<String> restrictedValues, int length, int precision,
                                  int scale) {
        return new FieldDefinition(name, label, type, true, true, restrictedValues, !restrictedValues.isEmpty(), length, precision, scale,
                List.of(), null, false);
    }

    FieldDefinition withLength(int characters) {
        return new FieldDefinition(name, label, type, updateable, custom, picklistValues, restrictedPicklist, characters, precision, scale,
                referenceTo, relationshipName, required, unique);
    }

    /** A number's digits in all and after the point. */
    FieldDefinition withDigits(int allDigits, int afterPoint) {
        return new FieldDefinition(name, label, type, updateable, custom, picklistValues, restrictedPicklist, length, allDigits, afterPoint,
                referenceTo, relationshipName, required, unique);
    }

    FieldDefinition withLabel(String text) {
        return new FieldDefinition(name, text, type, updateable, custom, picklistValues, restrictedPicklist, length, precision, scale,
                referenceTo, relationshipName, required, unique);
    }

    /** The values describe lists; any other value is still accepted, as for most standard picklists. */
    FieldDefinition withPicklist(String... values) {
        return new FieldDefinition(name, label, type, updateable, custom, List.of(values), false, length, precision, scale,
                referenceTo, relationshipName, required, unique);
    }

    /** This picklist with other values, restricted to them if it was restricted before. */
    FieldDefinition withPicklistValues(List<String> values) {
        return new FieldDefinition(name, label, type, updateable, custom, List.copyOf(values), restrictedPicklist, length, precision,
                scale, referenceTo, relationshipName, required, unique);
    }

    /** The only values the field accepts. */
    FieldDefinition restrictedTo(String... values) {
        return new FieldDefinition(name, label, type, updateable, custom, List.of(values), true, length, precision, scale,
                referenceTo, relationshipName, required, unique);
    }

    /** A lookup to one or more objects (more for a polymorphic one such as WhatId), by a relationship name. */
    FieldDefinition referencing(String relationship, String... objects) {
        return new FieldDefinition(name, label, type, updateable, custom, picklistValues, restrictedPicklist, length, precision, scale,
                List.of(objects), relationship, required, unique);
    }

    /** A value the API refuses to create a record without (describe: not nillable, not defaulted). */
    FieldDefinition required() {
        return new FieldDefinition(name, label, type, updateable, custom, picklistValues, restrictedPicklist, length, precision, scale,
                referenceTo, relationshipName, true, unique);
    }

    /** A unique (external id) field: the org refuses a second record with the same value, in any case. */
    FieldDefinition unique() {
        return new FieldDefinition(name, label, type, updateable, custom, picklistValues, restrictedPicklist, length, precision, scale,
                referenceTo, relationshipName, required, true);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public FieldType type() {
        return type;
    }

    public boolean updateable() {
        return updateable;
    }

    public boolean custom() {
        return custom;
    }

    /** The values describe lists for a picklist; empty otherwise. */
    public List<String> picklistValues() {
        return picklistValues;
    }

    public boolean isRestrictedPicklist() {
        return restrictedPicklist;
    }

    /** The maximum length of a text value, 0 when unchecked. */
    public int length() {
        return length;
    }

    /** The digits of a number, 0 when unchecked. */
    public int precision() {
        return precision;
    }

    /** The digits after the point of a number. */
    public int scale() {
        return scale;
    }

    /** The objects a lookup points to; empty for other fields or a lookup describe does not name. */
    public List<String> referenceTo() {
        return referenceTo;
    }

    /** The relationship name of a lookup, such as {@code Account} for {@code AccountId}; null otherwise. */
    public String relationshipName() {
        return relationshipName;
    }

    /** Whether no two records may hold the same value. */
    public boolean isUnique() {
        return unique;
    }

    /** Whether a record cannot be created without a value. */
    public boolean isRequired() {
        return required;
    }

    /** "NumberOfEmployees" reads "Number Of Employees"; a trailing "Id" of a reference is dropped. */
    static String labelOf(String apiName) {
        String base = apiName.endsWith("Id") && apiName.length() > 2 ? apiName.substring(0, apiName.length() - 2) : apiName;
        return base.replaceAll("([a-z])([A-Z])", "$1 $2");
    }

    static int defaultLength(FieldType type) {
        return switch (type) {
            case ID, REFERENCE -> 18;
            case STRING, PICKLIST, URL, COMBOBOX -> 255;
            case PHONE -> 40;
            case EMAIL -> 80;
            case TEXTAREA -> 32_000;
            default -> 0;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldDefinition that && name.equals(that.name) && type == that.type && label.equals(that.label)
                && updateable == that.updateable && custom == that.custom && picklistValues.equals(that.picklistValues)
                && restrictedPicklist == that.restrictedPicklist && length == that.length && precision == that.precision
                && scale == that.scale && referenceTo.equals(that.referenceTo) && Objects.equals(relationshipName, that.relationshipName)
                && required == that.required && unique == that.unique;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, label);
    }

    @Override
    public String toString() {
        return name + " (" + type + (length > 0 ? " " + length : "") + ")";
    }
}
