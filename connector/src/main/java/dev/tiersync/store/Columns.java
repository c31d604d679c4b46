package dev.tiersync.store;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
    void write(DataOutput out, FieldValues values) throws IOException {
        for (Field<?> field : fields) {
            Object stored = stored(field, values.getRaw(field));
            out.writeBoolean(stored != null);
            if (stored == null) {
                continue;
            }
            switch (field.type().storage()) {
                case TEXT, ENUM_NAME -> writeText(out, (String) stored);
                case DOUBLE -> out.writeDouble((Double) stored);
                case DECIMAL -> writeText(out, ((BigDecimal) stored).toString());
                case INTEGER -> out.writeInt((Integer) stored);
                case BOOLEAN -> out.writeBoolean((Boolean) stored);
                case DATE -> out.writeLong(((LocalDate) stored).toEpochDay());
                case TIMESTAMP -> writeInstant(out, (Instant) stored);
            }
        }
    }

    /** Reads what {@link #write} wrote into {@code values}. */
    void read(DataInput in, FieldValues.Builder values) throws IOException {
        for (Field<?> field : fields) {
            if (!in.readBoolean()) {
                values.setRaw(field, field.type().fromStored(null));
                continue;
            }
            Object stored = switch (field.type().storage()) {
                case TEXT, ENUM_NAME -> readText(in);
                case DOUBLE -> in.readDouble();
                case DECIMAL -> new BigDecimal(readText(in));
                case INTEGER -> in.readInt();
                case BOOLEAN -> in.readBoolean();
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                case TIMESTAMP -> readInstant(in);
            };
            values.setRaw(field, field.type().fromStored(stored));
        }
    }

    static void writeText(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readText(DataInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writeInstant(DataOutput out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    static Instant readInstant(DataInput in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
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
