package dev.tiersync.store;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.Pulled;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The pulled records of one catalog object. A first full pull stores its pages whole ({@link RecordPages}); every later
 * store is a row of the object's table ({@code org_id}, {@code id}, {@code generation}, {@code system_modstamp}, one
 * column per catalog field the snapshot keeps, {@code deleted}), holding the newest version of its record and masking
 * the record's copy in a page; a record deleted in the org stays as a row marked deleted, so its page copy stays masked.
 * Reading gives the pages' records not masked, page by page, then the rows not deleted, in id order.
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
    /** The object's pages, which its rows mask. */
    private final RecordPages pages;

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
        this.pages = new RecordPages(table, columns);
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
     * pull filling it), so the page is stored whole; otherwise each record is stored as a row in place of any older
     * one (a deleted one as a row marked deleted).
     */
    void put(Connection connection, String org, long generation, List<Pulled<T>> page, boolean replacing) throws SQLException {
        if (!replacing) {
            pages.put(connection, org, generation, page, toValues, extra == null ? null : extra::write);
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (org_id, id, generation, "
                + "system_modstamp, " + columns.names() + extraName() + ", deleted) VALUES (?, ?, ?, ?"
                + columns.placeholders() + (extra == null ? "" : ", ?") + ", ?)")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                    + " WHERE org_id = ? AND id = ?")) {
                for (Pulled<T> pulled : page) {
                    delete.setString(1, org);
                    delete.setString(2, pulled.id());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            for (Pulled<T> pulled : page) {
                insert.setString(1, org);
                insert.setString(2, pulled.id());
                insert.setLong(3, generation);
                Columns.setInstant(insert, 4, pulled.systemModstamp());
                int next = columns.bind(insert, 5, toValues.apply(pulled.record()));
                if (extra != null) {
                    insert.setString(next++, extra.write(pulled.record()));
                }
                insert.setBoolean(next, pulled.deleted());
                insert.addBatch();
            }
            if (!page.isEmpty()) {
                insert.executeBatch();
            }
        }
    }

    private String extraName() {
        return extra == null ? "" : ", " + extra.column();
    }

    void forEach(Connection connection, String org, Consumer<T> sink) throws SQLException {
        if (pages.any(connection, org)) {
            Set<String> masked = rowIds(connection, org);
            pages.forEach(connection, org, record -> {
                if (!masked.contains(record.id())) {
                    T read = fromValues.apply(record.values().set(id, record.id()).build());
                    sink.accept(extra == null ? read : extra.read(read, record.extra()));
                }
            });
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + columns.names() + extraName()
                + " FROM " + table + " WHERE org_id = ? AND deleted = FALSE ORDER BY id")) {
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

    /**
     * Removes what a full pull of {@code generation} did not bring again: rows of older generations, and pages of older
     * generations. Returns how many records the org no longer has: the older rows not marked deleted, and the records
     * only in older pages (none with a row: a row of a record pulled again, or one marked deleted, masks its copy).
     */
    int removeOlderThan(Connection connection, String org, long generation) throws SQLException {
        int removed = pages.onlyInPages(connection, org, generation, table);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                + " WHERE org_id = ? AND generation < ? AND deleted = FALSE")) {
            delete.setString(1, org);
            delete.setLong(2, generation);
            removed += delete.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                + " WHERE org_id = ? AND generation < ? AND deleted = TRUE")) {
            delete.setString(1, org);
            delete.setLong(2, generation);
            delete.executeUpdate(); // deletions were counted when they were pulled
        }
        pages.removeOlderThan(connection, org, generation);
        return removed;
    }

    /** The ids of every row of the org, deleted ones included: the records whose page copies they mask. */
    private Set<String> rowIds(Connection connection, String org) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM " + table + " WHERE org_id = ?")) {
            select.setFetchSize(FETCH_SIZE);
            select.setString(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
