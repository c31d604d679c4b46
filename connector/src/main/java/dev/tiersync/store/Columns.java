package dev.tiersync.store;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The snapshot's columns of a catalog object, and typed access to them: the one place a field's
 * {@link dev.tiersync.domain.fields.Storage} becomes a JDBC type. Nulls stay nulls.
 */
final class Columns {

    private final List<Field<?>> fields;

    private Columns(List<Field<?>> fields) {
        this.fields = List.copyOf(fields);
    }

    /** Every field of the object that the snapshot keeps in a column of its own. */
    static Columns of(FieldSet object) {
        return new Columns(object.all().stream().filter(field -> field.column().isPresent()).toList());
    }

    List<Field<?>> fields() {
        return fields;
    }

    /** {@code a, b, c}. */
    String names() {
        return fields.stream().map(field -> field.column().orElseThrow()).collect(Collectors.joining(", "));
    }

    /** {@code , ?, ?, ?}: one placeholder per column, each after a comma. */
    String placeholders() {
        return ", ?".repeat(fields.size());
    }

    /** Binds every column's value from {@code values}, from parameter {@code first} on; returns the next free one. */
    int bind(PreparedStatement statement, int first, FieldValues values) throws SQLException {
        int i = first;
        for (Field<?> field : fields) {
            set(statement, i++, field, values.getRaw(field));
        }
        return i;
    }

    /** Reads every column, from column {@code first} on, into {@code values}; returns the next column. */
    int read(ResultSet rows, int first, FieldValues.Builder values) throws SQLException {
        int i = first;
        for (Field<?> field : fields) {
            values.setRaw(field, get(rows, i++, field));
        }
        return i;
    }

    /**
     * Writes every column's value from {@code values} in a compact binary form ({@link RecordPages}): a presence byte,
     * then the stored value by its storage.
     */
    void write(PageBytes out, FieldValues values) {
        for (Field<?> field : fields) {
            Object stored = stored(field, values.getRaw(field));
            out.writeBoolean(stored != null);
            if (stored == null) {
                continue;
            }
            switch (field.type().storage()) {
                case TEXT, ENUM_NAME -> out.writeText((String) stored);
                case DOUBLE -> out.writeDouble((Double) stored);
                case DECIMAL -> out.writeDecimal((BigDecimal) stored);
                case INTEGER -> out.writeInt((Integer) stored);
                case BOOLEAN -> out.writeBoolean((Boolean) stored);
                case DATE -> out.writeLong(((LocalDate) stored).toEpochDay());
                case TIMESTAMP -> out.writeInstant((Instant) stored);
            }
        }
    }

    /**
     * Reads what {@link #write} wrote into {@code values}; pages of format 1 held each decimal as its text, later
     * ones as {@link PageBytes#writeDecimal}.
     */
    void read(ByteBuffer in, int format, FieldValues.Builder values) {
        for (Field<?> field : fields) {
            if (!PageBytes.readBoolean(in)) {
                values.setRaw(field, field.type().fromStored(null));
                continue;
            }
            Object stored = switch (field.type().storage()) {
                case TEXT, ENUM_NAME -> PageBytes.readText(in);
                case DOUBLE -> in.getDouble();
                case DECIMAL -> format == 1 ? new BigDecimal(PageBytes.readText(in)) : PageBytes.readDecimal(in);
                case INTEGER -> in.getInt();
                case BOOLEAN -> PageBytes.readBoolean(in);
                case DATE -> LocalDate.ofEpochDay(in.getLong());
                case TIMESTAMP -> PageBytes.readInstant(in);
            };
            values.setRaw(field, field.type().fromStored(stored));
        }
    }

    static void set(PreparedStatement statement, int index, Field<?> field, Object value) throws SQLException {
        Object stored = stored(field, value);
        switch (field.type().storage()) {
            case TEXT, ENUM_NAME -> statement.setString(index, (String) stored);
            case DOUBLE -> {
                if (stored == null) {
                    statement.setNull(index, Types.DOUBLE);
                } else {
                    statement.setDouble(index, (Double) stored);
                }
            }
            case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) stored);
            case INTEGER -> {
                if (stored == null) {
                    statement.setNull(index, Types.INTEGER);
                } else {
                    statement.setInt(index, (Integer) stored);
                }
            }
            case BOOLEAN -> {
                if (stored == null) {
                    statement.setNull(index, Types.BOOLEAN);
                } else {
                    statement.setBoolean(index, (Boolean) stored);
                }
            }
            case DATE -> {
                if (stored == null) {
                    statement.setNull(index, Types.DATE);
                } else {
                    statement.setObject(index, stored);
                }
            }
            case TIMESTAMP -> setInstant(statement, index, (Instant) stored);
        }
    }

    private static <T> Object stored(Field<T> field, Object value) {
        return field.type().stored(field.type().cast(value));
    }

    static Object get(ResultSet rows, int index, Field<?> field) throws SQLException {
        Object stored = switch (field.type().storage()) {
            case TEXT, ENUM_NAME -> rows.getString(index);
            case DOUBLE -> {
                double value = rows.getDouble(index);
                yield rows.wasNull() ? null : value;
            }
            case DECIMAL -> rows.getBigDecimal(index);
            case INTEGER -> {
                int value = rows.getInt(index);
                yield rows.wasNull() ? null : value;
            }
            case BOOLEAN -> {
                boolean value = rows.getBoolean(index);
                yield rows.wasNull() ? null : value;
            }
            case DATE -> rows.getObject(index, LocalDate.class);
            case TIMESTAMP -> instant(rows, index);
        };
        return field.type().fromStored(stored);
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet rows, int index) throws SQLException {
        OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
