package dev.tiersync.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/** Typed column access shared by the row mappers; nulls stay nulls. */
final class Columns {

    private Columns() {
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

    static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    static LocalDate date(ResultSet rows, int index) throws SQLException {
        return rows.getObject(index, LocalDate.class);
    }

    static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        statement.setString(index, value == null ? null : value.name());
    }

    static <E extends Enum<E>> E enumValue(ResultSet rows, int index, Function<String, E> valueOf) throws SQLException {
        String name = rows.getString(index);
        return name == null ? null : valueOf.apply(name);
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Integer integer(ResultSet rows, int index) throws SQLException {
        int value = rows.getInt(index);
        return rows.wasNull() ? null : value;
    }

    static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static Double doubleValue(ResultSet rows, int index) throws SQLException {
        double value = rows.getDouble(index);
        return rows.wasNull() ? null : value;
    }

    static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }

    static Boolean bool(ResultSet rows, int index) throws SQLException {
        boolean value = rows.getBoolean(index);
        return rows.wasNull() ? null : value;
    }
}
