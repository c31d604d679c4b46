package dev.tiersync.store;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.Pulled;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A table of pulled records of one catalog object: {@code org_id}, {@code id}, {@code generation},
 * {@code system_modstamp}, then one column per catalog field the snapshot keeps. Storing a page replaces each
 * record (or removes a deleted one); reading streams them back in id order.
 *
 * @param <T> the domain record
 */
final class RecordTable<T> {

    static final int FETCH_SIZE = 5000;

    private final String table;
    private final Field<String> id;
    private final Columns columns;
    private final Function<T, FieldValues> toValues;
    private final Function<FieldValues, T> fromValues;
    private final Extra<T> extra;

    /** A text column beside the catalog's, holding what a record carries beyond its catalog fields. */
    interface Extra<T> {
        String column();

        /** The column's text for the record; null for none. */
        String write(T record);

        /** The record read from the catalog's columns, completed with the column's text (null for none). */
        T read(T record, String text);
    }

    RecordTable(String table, FieldSet object, Field<String> id, Function<T, FieldValues> toValues,
                Function<FieldValues, T> fromValues) {
        this(table, object, id, toValues, fromValues, null);
    }

    RecordTable(String table, FieldSet object, Field<String> id, Function<T, FieldValues> toValues,
                Function<FieldValues, T> fromValues, Extra<T> extra) {
        this.extra = extra;
        this.table = table;
        this.id = id;
        this.columns = Columns.of(object);
        this.toValues = toValues;
        this.fromValues = fromValues;
    }

    String name() {
        return table;
    }

    void put(Connection connection, String org, long generation, List<Pulled<T>> page) throws SQLException {
        put(connection, org, generation, page, true);
    }

    /**
     * Stores a page; with {@code replacing} false, the records are known not to be in the table yet (a first full
     * pull filling it), so each is inserted without first removing an older version.
     */
    void put(Connection connection, String org, long generation, List<Pulled<T>> page, boolean replacing) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (org_id, id, generation, "
                + "system_modstamp, " + columns.names() + extraName() + ") VALUES (?, ?, ?, ?" + columns.placeholders()
                + (extra == null ? "" : ", ?") + ")")) {
            if (replacing) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE org_id = ? AND id = ?")) {
                    for (Pulled<T> pulled : page) {
                        delete.setString(1, org);
                        delete.setString(2, pulled.id());
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            boolean inserts = false;
            for (Pulled<T> pulled : page) {
                if (!pulled.deleted()) {
                    insert.setString(1, org);
                    insert.setString(2, pulled.id());
                    insert.setLong(3, generation);
                    Columns.setInstant(insert, 4, pulled.systemModstamp());
                    int next = columns.bind(insert, 5, toValues.apply(pulled.record()));
                    if (extra != null) {
                        insert.setString(next, extra.write(pulled.record()));
                    }
                    insert.addBatch();
                    inserts = true;
                }
            }
            if (inserts) {
                insert.executeBatch();
            }
        }
    }

    private String extraName() {
        return extra == null ? "" : ", " + extra.column();
    }

    void forEach(Connection connection, String org, Consumer<T> sink) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + columns.names() + extraName()
                + " FROM " + table + " WHERE org_id = ? ORDER BY id")) {
            select.setFetchSize(FETCH_SIZE);
            select.setString(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    FieldValues.Builder values = FieldValues.builder().set(id, rows.getString(1));
                    int next = columns.read(rows, 2, values);
                    T record = fromValues.apply(values.build());
                    sink.accept(extra == null ? record : extra.read(record, rows.getString(next)));
                }
            }
        }
    }
}
