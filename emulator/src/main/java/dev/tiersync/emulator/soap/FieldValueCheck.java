package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.store.Clocks;
import dev.tiersync.emulator.store.FieldDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

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
            String normalised = switch (field.type()) {
                case DATETIME -> Clocks.format(OffsetDateTime.parse(value).toInstant());
                case DATE -> LocalDate.parse(value).toString();
                case DOUBLE, CURRENCY, PERCENT -> number(field, new BigDecimal(value));
                case INT -> new BigDecimal(value).toBigIntegerExact().toString();
                case BOOLEAN -> booleanOf(value);
                default -> value;
            };
            if (field.isRestrictedPicklist() && !field.picklistValues().contains(normalised)) {
                return failed(RecordError.of("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                        "bad value for restricted picklist field: " + value, field.name()));
            }
            if (field.length() > 0 && normalised.length() > field.length()) {
                return failed(RecordError.of("STRING_TOO_LONG", field.name() + ": data value too large: " + value
                        + " (max length=" + field.length() + ")", field.name()));
            }
            return new Outcome(normalised, null);
        } catch (OutOfRange e) {
            return failed(RecordError.of("NUMBER_OUTSIDE_VALID_RANGE", field.name() + ": value outside of valid range on numeric field: "
                    + value, field.name()));
        } catch (DateTimeParseException | ArithmeticException | IllegalArgumentException e) {
            return failed(RecordError.of("INVALID_TYPE_ON_FIELD_IN_RECORD",
                    field.name() + ": value not of required type: " + value, field.name()));
        }
    }

    /** A number as Salesforce stores it: rounded to the field's scale, refused when its integer part is too long. */
    private static String number(FieldDefinition field, BigDecimal number) {
        if (field.precision() == 0) {
            return number.stripTrailingZeros().toPlainString();
        }
        BigDecimal rounded = number.setScale(field.scale(), java.math.RoundingMode.HALF_UP);
        if (rounded.precision() - rounded.scale() > field.precision() - field.scale()) {
            throw new OutOfRange();
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A number too large for its field. */
    private static final class OutOfRange extends RuntimeException {
        OutOfRange() {
            super(null, null, false, false);
        }
    }

    private static String booleanOf(String value) {
        if (value.equalsIgnoreCase("true") || value.equals("1")) {
            return "true";
        }
        if (value.equalsIgnoreCase("false") || value.equals("0")) {
            return "false";
        }
        throw new IllegalArgumentException(value);
    }

    private static Outcome failed(RecordError error) {
        return new Outcome(null, error);
    }
}
