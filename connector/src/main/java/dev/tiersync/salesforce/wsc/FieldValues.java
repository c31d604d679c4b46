package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.sobject.SObject;
import dev.tiersync.salesforce.SalesforceRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads typed values from an sObject. The Partner API hands every scalar back as text, so each
 * value is parsed here, and a value that does not parse names its record and field.
 */
final class FieldValues {

    static final String BAD_VALUE = "UNPARSEABLE_VALUE";

    private final String type;
    private final Function<String, Object> lookup;

    FieldValues(SObject record) {
        this(record.getType(), record::getField);
    }

    /** Values looked up by field API name, as a Bulk API result row gives them. */
    FieldValues(String type, Function<String, Object> lookup) {
        this.type = type;
        this.lookup = lookup;
    }

    String text(String field) {
        Object value = lookup.apply(field);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    String requiredText(String field) {
        String text = text(field);
        if (text == null) {
            throw bad(field, null, "a value");
        }
        return text;
    }

    BigDecimal decimal(String field) {
        String text = text(field);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw bad(field, text, "a number");
        }
    }

    Integer integer(String field) {
        BigDecimal value = decimal(field);
        try {
            return value == null ? null : value.intValueExact();
        } catch (ArithmeticException e) {
            throw bad(field, value.toPlainString(), "a whole number");
        }
    }

    boolean bool(String field) {
        String text = text(field);
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        if (text == null || "false".equalsIgnoreCase(text)) {
            return false;
        }
        throw bad(field, text, "true or false");
    }

    LocalDate date(String field) {
        String text = text(field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(field, text, "a date (YYYY-MM-DD)");
        }
    }

    Instant instant(String field) {
        String text = text(field);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(field, text, "a UTC date and time");
        }
    }

    private SalesforceRequestException bad(String field, String value, String expected) {
        return new SalesforceRequestException(BAD_VALUE, type + " " + lookup.apply("Id") + ": field "
                + field + " should hold " + expected + " but holds " + (value == null ? "nothing" : "'" + value + "'"), null);
    }
}
