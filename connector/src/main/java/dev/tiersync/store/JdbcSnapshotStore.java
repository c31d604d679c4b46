package dev.tiersync.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fit.KeptFit;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.domain.catalog.OpportunityFields;
import dev.tiersync.domain.catalog.Records;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.Pulled;
import dev.tiersync.sync.LedgerEntry;
import dev.tiersync.sync.OrgLock;
import dev.tiersync.sync.PullProgress;
import dev.tiersync.sync.SnapshotStore;
import dev.tiersync.sync.SnapshotStoreException;
import dev.tiersync.sync.SyncCursor;
import dev.tiersync.sync.WriteFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The snapshot store in a relational database: an embedded H2 file by default, PostgreSQL when
 * configured. Its schema is created and upgraded by Flyway migrations on open, never dropped.
 */
public final class JdbcSnapshotStore implements SnapshotStore, AutoCloseable {

    static final String MIGRATIONS = "classpath:db/tiersync-snapshot";
    static final String HISTORY_TABLE = "ts_snapshot_schema_history";
    /** Connections: a pull stores the pages of several objects and streams at once, each on a writer of its own. */
    static final int POOL_SIZE = 8;
    private static final RecordTable<Opportunity> OPPORTUNITIES = new RecordTable<>("ts_opportunity", OpportunityFields.ALL,
            OpportunityFields.ID, Records::values, Records::opportunity);

    private final DataSource dataSource;
    private final AutoCloseable closer;
    /**
     * Orgs whose first full pull began afresh in this process: their record tables held nothing of them when it
     * began (whatever an abandoned first attempt left was removed), so its pages are inserted without first removing
     * older versions. A resumed pull is not here, since a page it stored may be pulled once more.
     */
    private final java.util.Set<String> filling = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private JdbcSnapshotStore(DataSource dataSource, AutoCloseable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
    }

    /** Opens the database in the settings, migrating its schema to this version. */
    public static JdbcSnapshotStore open(StoreSettings settings) {
        HikariDataSource pool = settings.pool("tiersync-snapshot", POOL_SIZE);
        try {
            return on(pool, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** A store on a data source someone else owns and closes. */
    public static JdbcSnapshotStore on(DataSource dataSource) {
        return on(dataSource, () -> { });
    }

    private static JdbcSnapshotStore on(DataSource dataSource, AutoCloseable closer) {
        try {
            SchemaMigrations.migrate(dataSource, MIGRATIONS, HISTORY_TABLE);
        } catch (RuntimeException e) {
            throw new SnapshotStoreException("cannot open the snapshot database: " + e.getMessage(), e);
        }
        return new JdbcSnapshotStore(dataSource, closer);
    }

    @Override
    public void recordOrgName(String name, String orgId) {
        write("remember the org of " + name, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE ts_org_name SET org_id = ?, "
                    + "updated_at = CURRENT_TIMESTAMP WHERE name = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO ts_org_name (name, org_id, updated_at) "
                         + "VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                update.setString(1, orgId);
                update.setString(2, name);
                if (update.executeUpdate() == 0) {
                    insert.setString(1, name);
                    insert.setString(2, orgId);
                    insert.executeUpdate();
                }
            }
        });
    }

    @Override
    public Optional<String> orgIdNamed(String name) {
        return transaction("find the org of " + name, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT org_id FROM ts_org_name WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<SyncCursor> cursor(String org) {
        return transaction("read the cursor", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT pulled_up_to, last_full_pull, generation "
                    + "FROM ts_sync_cursor WHERE org_id = ?")) {
                select.setString(1, org);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new SyncCursor(Columns.instant(rows, 1), Columns.instant(rows, 2),
                            rows.getLong(3))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveCursor(String org, SyncCursor cursor) {
        write("save the cursor", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ts_sync_cursor WHERE org_id = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO ts_sync_cursor (org_id, pulled_up_to, "
                         + "last_full_pull, generation) VALUES (?, ?, ?, ?)")) {
                delete.setString(1, org);
                delete.executeUpdate();
                insert.setString(1, org);
                Columns.setInstant(insert, 2, cursor.pulledUpTo());
                Columns.setInstant(insert, 3, cursor.lastFullPull());
                insert.setLong(4, cursor.generation());
                insert.executeUpdate();
            }
            PullProgressRows.forget(connection, org);
        });
        filling.remove(org);
    }

    @Override
    public Optional<PullProgress> pullInProgress(String org) {
        filling.remove(org); // a pull read back to go on with replaces what it stores
        return transaction("read the pull in progress", connection -> PullProgressRows.read(connection, org));
    }

    @Override
    public void beginPull(String org, PullProgress pull) {
        boolean afresh = pull.full() && pull.generation() == 1 && pull.objects().isEmpty();
        filling.remove(org);
        write("remember the pull that begins", connection -> {
            PullProgressRows.begin(connection, org, pull);
            if (afresh) {
                for (String table : recordTables()) {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE org_id = ?")) {
                        delete.setString(1, org);
                        delete.executeUpdate();
                    }
                }
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + RecordPages.TABLE
                        + " WHERE org_id = ?")) {
                    delete.setString(1, org);
                    delete.executeUpdate();
                }
            }
        });
        if (afresh) {
            filling.add(org);
        }
    }

    private static List<String> recordTables() {
        return tables().stream().map(RecordTable::name).toList();
    }

    private static List<RecordTable<?>> tables() {
        List<RecordTable<?>> tables = new java.util.ArrayList<>(List.of(AccountRows.TABLE, OPPORTUNITIES));
        tables.addAll(RelatedTables.all());
        return tables;
    }

    private boolean replacing(String org, long generation) {
        return !(generation == 1 && filling.contains(org));
    }

    @Override
    public void recordPullPosition(String org, String object, PullProgress.Position position) {
        write("remember how far the pull of " + object + " has come",
                connection -> PullProgressRows.position(connection, org, object, position));
    }

    @Override
    public void putAccounts(String org, long generation, List<Pulled<Account>> page) {
        write("store " + page.size() + " accounts", connection -> AccountRows.TABLE.put(connection, org, generation, page,
                replacing(org, generation)));
    }

    @Override
    public void putOpportunities(String org, long generation, List<Pulled<Opportunity>> page) {
        write("store " + page.size() + " opportunities", connection -> OPPORTUNITIES.put(connection, org, generation, page,
                replacing(org, generation)));
    }

    @Override
    public void putRecords(String org, FieldSet object, long generation, List<Pulled<FieldValues>> page) {
        write("store " + page.size() + " " + object.object() + " records",
                connection -> RelatedTables.of(object).put(connection, org, generation, page, replacing(org, generation)));
    }

    @Override
    public void forEachRecord(String org, FieldSet object, Consumer<FieldValues> sink) {
        transaction("read " + object.object() + " records", connection -> {
            RelatedTables.of(object).forEach(connection, org, sink);
            return null;
        });
    }

    @Override
    public java.util.OptionalLong relatedPulledIn(String org, String object) {
        return transaction("read when " + object + " was last pulled", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT generation FROM ts_related_pull WHERE org_id = ? AND object_name = ?")) {
                select.setString(1, org);
                select.setString(2, object);
                try (java.sql.ResultSet rows = select.executeQuery()) {
                    return rows.next() ? java.util.OptionalLong.of(rows.getLong(1)) : java.util.OptionalLong.empty();
                }
            }
        });
    }

    @Override
    public void recordRelatedPull(String org, String object, long generation) {
        write("record the pull of " + object, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM ts_related_pull WHERE org_id = ? AND object_name = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO ts_related_pull (org_id, object_name, generation) VALUES (?, ?, ?)")) {
                delete.setString(1, org);
                delete.setString(2, object);
                delete.executeUpdate();
                insert.setString(1, org);
                insert.setString(2, object);
                insert.setLong(3, generation);
                insert.executeUpdate();
            }
        });
    }

    @Override
    public int removeOlderThan(String org, long generation) {
        if (generation <= 1) {
            return 0; // the first full pull: no generation before it, and looking would read every row
        }
        return transaction("remove records the org no longer has", connection -> {
            int removed = 0;
            for (RecordTable<?> table : tables()) {
                removed += table.removeOlderThan(connection, org, generation);
            }
            return removed;
        });
    }

    @Override
    public void forEachAccount(String org, Consumer<Account> sink) {
        transaction("read accounts", connection -> {
            AccountRows.TABLE.forEach(connection, org, sink);
            return null;
        });
    }

    @Override
    public void forEachOpportunity(String org, Consumer<Opportunity> sink) {
        transaction("read opportunities", connection -> {
            OPPORTUNITIES.forEach(connection, org, sink);
            return null;
        });
    }

    @Override
    public void recordWritten(String org, List<Account> written) {
        if (written.isEmpty()) {
            return;
        }
        write("checkpoint " + written.size() + " written accounts", connection -> AccountRows.recordWritten(connection, org, written));
    }

    @Override
    public void recordOutcome(String org, Instant at, List<WriteFailure> failures, Collection<String> written) {
        write("record the write ledger", connection -> LedgerRows.record(connection, org, at, failures, written));
    }

    @Override
    public List<LedgerEntry> ledger(String org) {
        return transaction("read the write ledger", connection -> LedgerRows.all(connection, org));
    }

    @Override
    public Optional<KeptFit> keptFit(String org) {
        return transaction("read the kept fit", connection -> KeptFitRows.read(connection, org));
    }

    @Override
    public void keepFit(String org, KeptFit fit) {
        write("keep the fit", connection -> KeptFitRows.write(connection, org, fit));
    }

    @Override
    public OrgLock lock(String org, String orgName, String holder, Instant since) {
        return new OrgLocks(dataSource).lock(org, orgName, holder, since);
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new SnapshotStoreException("cannot close the snapshot database: " + e.getMessage(), e);
        }
    }

    /** Work in one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface VoidWork {
        void run(Connection connection) throws SQLException;
    }

    private void write(String what, VoidWork work) {
        transaction(what, connection -> {
            work.run(connection);
            return null;
        });
    }

    private <T> T transaction(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SnapshotStoreException("snapshot database: cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
