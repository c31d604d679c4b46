package dev.tiersync.emulator.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * What a field can hold, as Salesforce checks a value written through the API or loaded by Data
 * Loader: its type, its length, its number of digits, the values of a restricted picklist.
 */
public final class FieldRules {

    /** Why a value was refused. */
    public enum Refusal { NOT_OF_TYPE, OUT_OF_RANGE, TOO_LONG, NOT_IN_PICKLIST }

    /** A value the field cannot hold. */
    public static final class Refused extends Exception {

        private final Refusal reason;

        Refused(Refusal reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    private FieldRules() {
    }

    /**
     * The value as the API returns it: a datetime in Salesforce's format, a number rounded to the
     * field's scale, a boolean as {@code true} or {@code false}.
     *
     * @throws Refused saying what the field holds instead
     */
    public static String normalise(FieldDefinition field, String value) throws Refused {
        String normalised;
        try {
            normalised = switch (field.type()) {
                case DATETIME -> Clocks.format(OffsetDateTime.parse(value).toInstant());
                case DATE -> LocalDate.parse(value).toString();
                case DOUBLE, CURRENCY, PERCENT -> number(field, new BigDecimal(value));
                case INT -> new BigDecimal(value).toBigIntegerExact().toString();
                case BOOLEAN -> booleanOf(value);
                default -> value;
            };
        } catch (DateTimeParseException | ArithmeticException | IllegalArgumentException e) {
            throw new Refused(Refusal.NOT_OF_TYPE, "'" + value + "' is not " + expected(field));
        }
        if (field.isRestrictedPicklist() && !field.picklistValues().contains(normalised)) {
            throw new Refused(Refusal.NOT_IN_PICKLIST, "'" + value + "' is not one of the values of the restricted picklist "
                    + field.name() + " (" + String.join(", ", field.picklistValues()) + ")");
        }
        if (field.length() > 0 && normalised.length() > field.length()) {
            throw new Refused(Refusal.TOO_LONG, "a value of " + normalised.length() + " characters is longer than the "
                    + field.length() + " " + field.name() + " holds");
        }
        return normalised;
    }

    /** What a value of the field looks like, for messages. */
    static String expected(FieldDefinition field) {
        return switch (field.type()) {
            case DATETIME -> "a date and time (such as 2024-03-04T10:15:00.000Z)";
            case DATE -> "a date (YYYY-MM-DD, such as 2024-03-04)";
            case DOUBLE, CURRENCY, PERCENT -> "a number (digits with a point, such as 1250.50)";
            case INT -> "a whole number";
            case BOOLEAN -> "true or false";
            default -> "text";
        };
    }

    /** A number as Salesforce stores it: rounded to the field's scale, refused when its integer part is too long. */
    private static String number(FieldDefinition field, BigDecimal number) throws Refused {
        if (field.precision() == 0) {
            return number.stripTrailingZeros().toPlainString();
        }
        BigDecimal rounded = number.setScale(field.scale(), RoundingMode.HALF_UP);
        if (rounded.precision() - rounded.scale() > field.precision() - field.scale()) {
            throw new Refused(Refusal.OUT_OF_RANGE, "'" + number.toPlainString() + "' has more than the "
                    + (field.precision() - field.scale()) + " digits before the point " + field.name() + " holds");
        }
        return rounded.stripTrailingZeros().toPlainString();
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
}
