package dev.tiersync.salesforce.wsc;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.SalesforceRequestException;
import java.util.function.Function;

/**
 * Reads a record's values for the catalog's fields. The Partner API hands every scalar back as text
 * (a {@link QueryPage}'s element texts, a Bulk API result row's CSV cells), so each value is parsed by its
 * field's type here, and a value that does not parse names its record and field.
 */
final class SObjectValues {

    static final String BAD_VALUE = "UNPARSEABLE_VALUE";

    private final String type;
    private final Function<String, Object> lookup;

    /** Values looked up by field API name, as a query page's record or a Bulk API result row gives them. */
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
