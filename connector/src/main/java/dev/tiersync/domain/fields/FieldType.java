package dev.tiersync.domain.fields;

import dev.tiersync.domain.picklist.PicklistValue;
import dev.tiersync.domain.picklist.Picklists;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The type of a field's values: what the org's describe calls it, how long or precise it is, how its
 * values read as text (on the wire, in a Bulk CSV, in a report) and how the snapshot keeps them. The
 * one place a value's type decides anything.
 *
 * @param <T> the Java type of the values
 */
public final class FieldType<T> {

    private final FieldKind kind;
    private final Storage storage;
    private final int length;
    private final int precision;
    private final int scale;
    private final String expected;
    private final Function<T, String> format;
    private final Function<String, T> parse;
    private final Function<Object, T> fromStored;
    private final Class<? extends Enum<?>> picklist;
    private final Relationship master;

    private FieldType(FieldKind kind, Storage storage, int length, int precision, int scale, String expected,
                      Function<T, String> format, Function<String, T> parse, Function<Object, T> fromStored,
                      Class<? extends Enum<?>> picklist) {
        this(kind, storage, length, precision, scale, expected, format, parse, fromStored, picklist, null);
    }

    private FieldType(FieldKind kind, Storage storage, int length, int precision, int scale, String expected,
                      Function<T, String> format, Function<String, T> parse, Function<Object, T> fromStored,
                      Class<? extends Enum<?>> picklist, Relationship master) {
        this.kind = kind;
        this.storage = storage;
        this.length = length;
        this.precision = precision;
        this.scale = scale;
        this.expected = expected;
        this.format = format;
        this.parse = parse;
        this.fromStored = fromStored;
        this.picklist = picklist;
        this.master = master;
    }

    /** A restricted picklist of an enum's values; a value TierSync does not know reads as null. */
    public static <E extends Enum<E> & PicklistValue> FieldType<E> picklist(Class<E> type) {
        return new FieldType<>(FieldKind.PICKLIST, Storage.ENUM_NAME, 0, 0, 0, "one of " + Arrays.stream(type.getEnumConstants())
                .map(PicklistValue::picklistValue).toList(), PicklistValue::picklistValue,
                text -> Picklists.find(type, text).orElse(null), stored -> Enum.valueOf(type, (String) stored), type);
    }

    /** A picklist whose values come from the org or from the rules (Industry, Segment__c), kept as text. */
    public static FieldType<String> textPicklist() {
        return new FieldType<>(FieldKind.PICKLIST, Storage.TEXT, 255, 0, 0, "text", text -> text, text -> text,
                String.class::cast, null);
    }

    public static FieldType<String> text(int length) {
        return new FieldType<>(FieldKind.TEXT, Storage.TEXT, length, 0, 0, "text", text -> text, text -> text,
                String.class::cast, null);
    }

    /** A record id. */
    public static FieldType<String> id() {
        return new FieldType<>(FieldKind.ID, Storage.TEXT, 18, 0, 0, "an id", text -> text, text -> text, String.class::cast, null);
    }

    /** The id of another record. */
    public static FieldType<String> reference() {
        return new FieldType<>(FieldKind.REFERENCE, Storage.TEXT, 18, 0, 0, "an id", text -> text, text -> text,
                String.class::cast, null);
    }

    /** The id of the master record a master-detail field ties this record to. */
    public static FieldType<String> masterDetail(Relationship master) {
        return new FieldType<>(FieldKind.REFERENCE, Storage.TEXT, 18, 0, 0, "an id", text -> text, text -> text,
                String.class::cast, null, java.util.Objects.requireNonNull(master, "master"));
    }

    /** A number with {@code precision} digits, {@code scale} of them after the point. */
    public static FieldType<Double> number(int precision, int scale) {
        return new FieldType<>(FieldKind.NUMBER, Storage.DOUBLE, 0, precision, scale, "a number", String::valueOf,
                text -> new BigDecimal(text).doubleValue(), stored -> ((Number) stored).doubleValue(), null);
    }

    /** An exact amount, such as AnnualRevenue. */
    public static FieldType<BigDecimal> decimal(int precision, int scale) {
        return new FieldType<>(FieldKind.NUMBER, Storage.DECIMAL, 0, precision, scale, "a number", BigDecimal::toPlainString,
                BigDecimal::new, stored -> (BigDecimal) stored, null);
    }

    public static FieldType<Integer> integer(int digits) {
        return new FieldType<>(FieldKind.NUMBER, Storage.INTEGER, 0, digits, 0, "a whole number", String::valueOf,
                text -> new BigDecimal(text).intValueExact(), stored -> ((Number) stored).intValue(), null);
    }

    public static FieldType<Boolean> checkbox() {
        return new FieldType<>(FieldKind.CHECKBOX, Storage.BOOLEAN, 0, 0, 0, "true or false", String::valueOf,
                FieldType::parseBoolean, stored -> (Boolean) stored, null);
    }

    public static FieldType<LocalDate> date() {
        return new FieldType<>(FieldKind.DATE, Storage.DATE, 0, 0, 0, "a date (YYYY-MM-DD)", LocalDate::toString,
                IsoText::date, stored -> (LocalDate) stored, null);
    }

    public static FieldType<Instant> dateTime() {
        return new FieldType<>(FieldKind.DATETIME, Storage.TIMESTAMP, 0, 0, 0, "a UTC date and time", Instant::toString,
                IsoText::instant, stored -> (Instant) stored, null);
    }

    /**
     * Reads a value as the org sends it; blank or null is null.
     *
     * @throws IllegalArgumentException saying what the text should have been
     */
    public T parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException("should hold " + expected + " but holds '" + text + "'", e);
        }
    }

    /** The value as text: on the wire, in a Bulk CSV cell, in a report. Null stays null. */
    public String format(T value) {
        return value == null ? null : format.apply(value);
    }

    /** The value as a SOAP update carries it: picklists and dates as text, numbers and checkboxes as themselves. */
    public Object wireValue(T value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case PICKLIST, DATE -> format(value);
            default -> value;
        };
    }

    /** The value as the snapshot keeps it, in the Java type its {@link #storage()} names. */
    public Object stored(T value) {
        if (value == null) {
            return null;
        }
        return storage == Storage.ENUM_NAME ? ((Enum<?>) value).name() : value;
    }

    /** A value the snapshot kept. */
    public T fromStored(Object stored) {
        return stored == null ? null : fromStored.apply(stored);
    }

    /** Casts a value of this type held untyped. */
    @SuppressWarnings("unchecked")
    public T cast(Object value) {
        return (T) value;
    }

    public FieldKind kind() {
        return kind;
    }

    public Storage storage() {
        return storage;
    }

    /** Characters of a text field; 0 otherwise. */
    public int length() {
        return length;
    }

    /** Digits of a number field. */
    public int precision() {
        return precision;
    }

    /** Digits after the point of a number field. */
    public int scale() {
        return scale;
    }

    /** The picklist values, in order, when the type is an enum's picklist. */
    public Optional<List<String>> enumValues() {
        return Optional.ofNullable(picklist).map(type -> Arrays.stream(type.getEnumConstants())
                .map(value -> ((PicklistValue) value).picklistValue()).toList());
    }

    /** The master record's relationship, when this is a master-detail field. */
    public Optional<Relationship> master() {
        return Optional.ofNullable(master);
    }

    private static Boolean parseBoolean(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text)) {
            return false;
        }
        throw new IllegalArgumentException("should hold true or false but holds '" + text + "'");
    }

    @Override
    public String toString() {
        return kind + (length > 0 ? "(" + length + ")" : precision > 0 ? "(" + precision + "," + scale + ")" : "")
                + (picklist == null ? "" : " of " + picklist.getSimpleName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldType<?> type && type.kind == kind && type.storage == storage && type.length == length
                && type.precision == precision && type.scale == scale && Objects.equals(type.picklist, picklist)
                && Objects.equals(type.master, master);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, storage, length, precision, scale, picklist);
    }
}
