package dev.tiersync.store;

import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.Pulled;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pulled pages stored whole in {@code ts_record_page}: one row per page, its records encoded one after the other
 * (format {@value #FORMAT}: id, {@code SystemModstamp}, the table's {@link Columns} in their binary form, then its
 * extra column's text if any; format 1, which held decimals as text, is still read). A first
 * full pull stores its pages so, one insert a page instead of one per record, which profiling showed to be most of a
 * pull's time; pages are read back whole, in the order of their first ids.
 */
final class RecordPages {

    static final String TABLE = "ts_record_page";
    /** The encoding's version, first in every page: a page of another version is refused, never misread. */
    static final int FORMAT = 2;
    /** Ids looked up in one query when counting the records only pages hold. */
    private static final int LOOKUP_BATCH = 500;

    private final String table;
    private final Columns columns;
    /** About the bytes a record of this table takes, from the pages encoded so far: only an array's first size. */
    private volatile int expectedRecordSize = 128;

    RecordPages(String table, Columns columns) {
        this.table = table;
        this.columns = columns;
    }

    /** Stores the page's records (deleted ones are never in a full pull's pages) as one row. */
    <T> void put(Connection connection, String org, long generation, List<Pulled<T>> page, Function<T, FieldValues> toValues,
                 Function<T, String> extra) throws SQLException {
        List<Pulled<T>> kept = page.stream().filter(pulled -> !pulled.deleted()).toList();
        if (kept.isEmpty()) {
            return;
        }
        String first = kept.stream().map(Pulled::id).min(String::compareTo).orElseThrow();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (org_id, table_name, "
                + "generation, first_id, records, body) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, org);
            insert.setString(2, table);
            insert.setLong(3, generation);
            insert.setString(4, first);
            insert.setInt(5, kept.size());
            insert.setBytes(6, encode(kept, toValues, extra));
            insert.executeUpdate();
        }
    }

    /** Whether the org has any page of this table. */
    boolean any(Connection connection, String org) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + TABLE
                + " WHERE org_id = ? AND table_name = ? FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, org);
            select.setString(2, table);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Hands every record of the org's pages to {@code sink}, a page at a time (each read by its own query, so memory
     * holds one page however many there are), in the order of the pages' generations and first ids.
     */
    void forEach(Connection connection, String org, Consumer<Decoded> sink) throws SQLException {
        forEach(connection, org, Long.MAX_VALUE, sink);
    }

    /** The records of the pages older than {@code below}, as {@link #forEach(Connection, String, Consumer)}. */
    private void forEach(Connection connection, String org, long below, Consumer<Decoded> sink) throws SQLException {
        List<Object[]> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT generation, first_id FROM " + TABLE
                + " WHERE org_id = ? AND table_name = ? AND generation < ? ORDER BY generation, first_id")) {
            select.setString(1, org);
            select.setString(2, table);
            select.setLong(3, below);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(new Object[] {rows.getLong(1), rows.getString(2)});
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT body FROM " + TABLE
                + " WHERE org_id = ? AND table_name = ? AND generation = ? AND first_id = ?")) {
            for (Object[] key : keys) {
                select.setString(1, org);
                select.setString(2, table);
                select.setLong(3, (Long) key[0]);
                select.setString(4, (String) key[1]);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        decode(rows.getBytes(1), sink);
                    }
                }
            }
        }
    }

    /**
     * How many records of the org's pages older than {@code generation} have no row in {@code rowTable}: the records
     * no later pull brought again. Looked up a batch of ids at a time.
     */
    int onlyInPages(Connection connection, String org, long generation, String rowTable) throws SQLException {
        List<String> batch = new ArrayList<>(LOOKUP_BATCH);
        int[] only = {0};
        try {
            forEach(connection, org, generation, record -> {
                batch.add(record.id());
                if (batch.size() == LOOKUP_BATCH) {
                    only[0] += withoutRow(connection, org, rowTable, batch);
                    batch.clear();
                }
            });
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        return only[0] + (batch.isEmpty() ? 0 : withoutRow(connection, org, rowTable, batch));
    }

    /** How many of these ids have no row in the table. */
    private static int withoutRow(Connection connection, String org, String rowTable, List<String> ids) {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + rowTable
                + " WHERE org_id = ? AND id IN (" + "?, ".repeat(ids.size() - 1) + "?)")) {
            select.setString(1, org);
            for (int i = 0; i < ids.size(); i++) {
                select.setString(i + 2, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return ids.size() - rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    /** A database failure inside a page's records, carried out of the consumer. */
    private static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** Removes the org's pages older than {@code generation}. */
    void removeOlderThan(Connection connection, String org, long generation) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE
                + " WHERE org_id = ? AND table_name = ? AND generation < ?")) {
            delete.setString(1, org);
            delete.setString(2, table);
            delete.setLong(3, generation);
            delete.executeUpdate();
        }
    }

    /** One record read from a page: its id, its columns' values and its extra column's text (null for none). */
    record Decoded(String id, FieldValues.Builder values, String extra) {
    }

    private <T> byte[] encode(List<Pulled<T>> page, Function<T, FieldValues> toValues, Function<T, String> extra) {
        PageBytes out = new PageBytes(page.size() * expectedRecordSize);
        out.writeInt(FORMAT);
        out.writeInt(page.size());
        for (Pulled<T> pulled : page) {
            out.writeText(pulled.id());
            out.writeInstant(pulled.systemModstamp());
            columns.write(out, toValues.apply(pulled.record()));
            String text = extra == null ? null : extra.apply(pulled.record());
            out.writeBoolean(text != null);
            if (text != null) {
                out.writeText(text);
            }
        }
        // the next page of the table starts at about this one's size, so its array seldom grows
        expectedRecordSize = Math.max(expectedRecordSize, out.size() / page.size() + 16);
        return out.toByteArray();
    }

    private void decode(byte[] body, Consumer<Decoded> sink) throws SQLException {
        ByteBuffer in = ByteBuffer.wrap(body);
        int format = 0;
        int records = 0;
        try {
            format = in.getInt();
            records = in.getInt();
        } catch (BufferUnderflowException e) {
            throw unreadable(e);
        }
        if (format != FORMAT && format != 1) {
            throw new SQLException("a stored page of " + table + " is of format " + format + ", which this TierSync "
                    + "does not read (it reads 1 to " + FORMAT + "); run with --full to pull the org again");
        }
        for (int i = 0; i < records; i++) {
            Decoded record;
            try {
                String id = PageBytes.readText(in);
                PageBytes.readInstant(in); // SystemModstamp: kept with the record, read by no rule
                FieldValues.Builder values = FieldValues.builder();
                columns.read(in, format, values);
                String extra = PageBytes.readBoolean(in) ? PageBytes.readText(in) : null;
                record = new Decoded(id, values, extra);
            } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
                throw unreadable(e);
            }
            sink.accept(record);
        }
    }

    private SQLException unreadable(RuntimeException e) {
        return new SQLException("a stored page of " + table + " cannot be read (" + e + "); run with --full to pull the "
                + "org again", e);
    }
}
