package dev.tiersync.emulator.soql;

import dev.tiersync.emulator.store.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Compares text values as their field's type: numbers as numbers, dates as dates, ids as they are, other text case-insensitively. */
final class TypedValues {

    private TypedValues() {
    }

    /** Parses a value into a comparable of the field's type, or null for null. */
    static Comparable<?> typed(FieldType type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (type) {
                case DOUBLE, CURRENCY, PERCENT, INT -> new BigDecimal(value);
                case BOOLEAN -> Boolean.valueOf(value);
                // record ids sort as Salesforce's base-62 characters do, which is their character order: case counts
                case ID, REFERENCE -> value;
                case DATE -> LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
                case DATETIME -> value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
                        : OffsetDateTime.parse(value).toInstant();
                default -> value.toLowerCase(Locale.ROOT);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("value '" + value + "' is not a valid " + type.name().toLowerCase(Locale.ROOT), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Comparable left, Comparable right) {
        if (left instanceof Instant && right instanceof LocalDate date) {
            return left.compareTo(date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        }
        return left.compareTo(right);
    }
}
