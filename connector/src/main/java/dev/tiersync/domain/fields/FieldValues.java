package dev.tiersync.domain.fields;

import java.util.Arrays;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * Values of some fields of one object, by field: immutable, typed on the way in and out, and as small
 * as a record (an array by field position). A field that holds no value reads as null.
 */
public final class FieldValues {

    /** No values at all. */
    public static final FieldValues NONE = new FieldValues(new Object[0]);

    private final Object[] slots;

    private FieldValues(Object[] slots) {
        this.slots = slots;
    }

    public <T> T get(Field<T> field) {
        int at = field.ordinal();
        return at < slots.length ? field.type().cast(slots[at]) : null;
    }

    /** Reads a value whose field is known only as a {@code Field<?>}. */
    public Object getRaw(Field<?> field) {
        int at = field.ordinal();
        return at < slots.length ? slots[at] : null;
    }

    /** These values with one field set (null clears it). */
    public <T> FieldValues with(Field<T> field, T value) {
        return withRaw(field, value);
    }

    /** As {@link #with}, for a value already checked to be of the field's type. */
    public FieldValues withRaw(Field<?> field, Object value) {
        int at = field.ordinal();
        Object[] copy = Arrays.copyOf(slots, Math.max(slots.length, at + 1));
        copy[at] = value;
        return trimmed(copy);
    }

    /** These values with the named fields taken from {@code other}. */
    public FieldValues withAll(FieldValues other, Collection<? extends Field<?>> fields) {
        Object[] copy = slots;
        for (Field<?> field : fields) {
            int at = field.ordinal();
            if (copy == slots) {
                copy = Arrays.copyOf(slots, Math.max(slots.length, at + 1));
            } else if (at >= copy.length) {
                copy = Arrays.copyOf(copy, at + 1);
            }
            copy[at] = other.getRaw(field);
        }
        return copy == slots ? this : trimmed(copy);
    }

    /** Values without trailing blanks, so equal values hold equal slots however they were built. */
    private static FieldValues trimmed(Object[] slots) {
        int last = slots.length;
        while (last > 0 && slots[last - 1] == null) {
            last--;
        }
        return last == 0 ? NONE : new FieldValues(last == slots.length ? slots : Arrays.copyOf(slots, last));
    }

    /** Only the named fields of these values. */
    public FieldValues only(Collection<? extends Field<?>> fields) {
        return NONE.withAll(this, fields);
    }

    /** True when the two hold different values in this field. */
    public boolean differs(Field<?> field, FieldValues other) {
        return !java.util.Objects.equals(getRaw(field), other.getRaw(field));
    }

    /** Builds values field by field without a copy per field. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FieldValues values)) {
            return false;
        }
        int n = Math.max(slots.length, values.slots.length);
        for (int i = 0; i < n; i++) {
            if (!java.util.Objects.equals(i < slots.length ? slots[i] : null, i < values.slots.length ? values.slots[i] : null)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int last = slots.length;
        while (last > 0 && slots[last - 1] == null) {
            last--;
        }
        return Arrays.hashCode(Arrays.copyOf(slots, last));
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "FieldValues[", "]");
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                text.add("#" + i + "=" + slots[i]);
            }
        }
        return text.toString();
    }

    /** Collects values, then makes them immutable. */
    public static final class Builder {
        private Object[] slots = new Object[8];

        private Builder() {
        }

        public <T> Builder set(Field<T> field, T value) {
            return setRaw(field, value);
        }

        public Builder setRaw(Field<?> field, Object value) {
            int at = field.ordinal();
            if (at >= slots.length) {
                slots = Arrays.copyOf(slots, Math.max(at + 1, slots.length * 2));
            }
            slots[at] = value;
            return this;
        }

        public FieldValues build() {
            int last = slots.length;
            return trimmed(Arrays.copyOf(slots, slots.length));
        }
    }
}
