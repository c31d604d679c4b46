package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.sobject.SObject;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.SalesforceRequestException;
import java.util.function.Function;

/**
 * Reads a record's values for the catalog's fields. The Partner API hands every scalar back as text
 * (and a Bulk API result row as CSV cells), so each value is parsed by its field's type here, and a
 * value that does not parse names its record and field.
 */
final class SObjectValues {

    static final String BAD_VALUE = "UNPARSEABLE_VALUE";

    private final String type;
    private final Function<String, Object> lookup;

    /**
     * The record's values by field name, read in one pass over its elements: force-wsc's {@code getField} searches
     * them one by one for every field, which profiling showed as the costliest part of mapping a pulled page. As
     * {@code getField} does, the first element of a name wins, and an element with elements of its own is itself
     * the value.
     */
    SObjectValues(SObject record) {
        this(record, Layout.NONE);
    }

    /** The record's values, its elements expected in the order of the query's fields ({@link Layout}). */
    SObjectValues(SObject record, Layout layout) {
        this(record.getType(), layout.read(record));
    }

    /**
     * Where each selected field's element is in a record, known from the query: Salesforce returns a record's fields
     * in the order they were selected, so each element is matched to the next expected name by comparing the two
     * (the elements' names are new strings from the parser, and hashing each, as a map by name did, was most of the
     * mapping's time). An element out of that order is found by name; one not selected is passed over.
     */
    static final class Layout {

        static final Layout NONE = new Layout(java.util.List.of());

        private final String[] names;
        private final java.util.Map<String, Integer> positions = new java.util.HashMap<>();

        Layout(java.util.List<String> selected) {
            this.names = selected.toArray(String[]::new);
            for (int i = 0; i < names.length; i++) {
                positions.putIfAbsent(names[i], i);
            }
        }

        /** The query's fields: {@code type} and {@code Id} come first in every record, then the fields selected. */
        static Layout of(String soql) {
            String fields = soql.substring("SELECT ".length(), soql.indexOf(" FROM "));
            java.util.List<String> names = new java.util.ArrayList<>();
            names.add("type");
            names.add("Id");
            for (String name : fields.split(",")) {
                names.add(name.strip());
            }
            return new Layout(names);
        }

        Function<String, Object> read(SObject record) {
            if (names.length == 0) {
                return byName(record);
            }
            Object[] values = new Object[names.length];
            boolean[] seen = new boolean[names.length];
            java.util.Map<String, Object> others = null;
            int next = 0;
            java.util.Iterator<com.sforce.ws.bind.XmlObject> children = record.getChildren();
            while (children.hasNext()) {
                com.sforce.ws.bind.XmlObject child = children.next();
                String name = child.getName().getLocalPart();
                int at = next < names.length && names[next].equals(name) ? next : positions.getOrDefault(name, -1);
                Object value = child.hasChildren() ? child : child.getValue();
                if (at < 0) {
                    if (others == null) {
                        others = new java.util.HashMap<>();
                    }
                    others.putIfAbsent(name, value);
                    continue;
                }
                next = at + 1;
                if (!seen[at]) {
                    seen[at] = true;
                    values[at] = value;
                }
            }
            java.util.Map<String, Object> unselected = others;
            return field -> {
                Integer at = positions.get(field);
                return at != null ? values[at] : unselected == null ? null : unselected.get(field);
            };
        }
    }

    private static Function<String, Object> byName(SObject record) {
        java.util.Map<String, Object> values = new java.util.HashMap<>(64);
        java.util.Iterator<com.sforce.ws.bind.XmlObject> children = record.getChildren();
        while (children.hasNext()) {
            com.sforce.ws.bind.XmlObject child = children.next();
            values.putIfAbsent(child.getName().getLocalPart(), child.hasChildren() ? child : child.getValue());
        }
        return values::get;
    }

    /** Values looked up by field API name, as a Bulk API result row gives them. */
    SObjectValues(String type, Function<String, Object> lookup) {
        this.type = type;
        this.lookup = lookup;
    }

    String text(String apiName) {
        Object value = lookup.apply(apiName);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    <T> T get(Field<T> field) {
        try {
            return field.parse(text(field.apiName()));
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    <T> T required(Field<T> field) {
        T value = get(field);
        if (value == null) {
            throw bad("field " + field.apiName() + " should hold a value but holds nothing");
        }
        return value;
    }

    /** Every field of the object that the record carries, parsed. */
    FieldValues all(FieldSet fields) {
        FieldValues.Builder values = FieldValues.builder();
        for (Field<?> field : fields.all()) {
            values.setRaw(field, get(field));
        }
        return values.build();
    }

    private SalesforceRequestException bad(String problem) {
        return new SalesforceRequestException(BAD_VALUE, type + " " + lookup.apply("Id") + ": " + problem, null);
    }
}
