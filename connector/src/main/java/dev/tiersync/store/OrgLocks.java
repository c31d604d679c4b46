package dev.tiersync.store;

import dev.tiersync.sync.OrgBusyException;
import dev.tiersync.sync.OrgLock;
import dev.tiersync.sync.SnapshotStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One run of an org at a time, over every process sharing the snapshot database ({@code ts_org_lock}).
 * On PostgreSQL a session advisory lock on a connection kept for the run is the lock (a killed run gives the
 * org up when its connection drops) and the row names the holder; on H2 the row is the lock, and a row whose
 * process on this host is gone is taken over.
 */
final class OrgLocks {

    private final DataSource dataSource;

    OrgLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    OrgLock lock(String org, String orgName, String holder, Instant since) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                if (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                    return advisory(connection, org, orgName, holder, since);
                }
                connection.close();
                return row(org, orgName, holder, since);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new SnapshotStoreException("snapshot database: cannot lock org " + orgName + " for this run: " + e.getMessage(), e);
        }
    }

    private OrgLock advisory(Connection connection, String org, String orgName, String holder, Instant since) throws SQLException {
        connection.setAutoCommit(true);
        boolean locked;
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "tiersync-org:" + org);
            try (ResultSet rows = lock.executeQuery()) {
                rows.next();
                locked = rows.getBoolean(1);
            }
        }
        if (!locked) {
            Optional<Holder> other = holder(connection, org);
            connection.close();
            throw new OrgBusyException(orgName, other.map(Holder::who).orElse("another run"),
                    other.map(Holder::since).orElse(null));
        }
        replace(connection, org, orgName, holder, since);
        return () -> {
            try (connection) {
                delete(connection, org, holder);
                try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                    unlock.setString(1, "tiersync-org:" + org);
                    unlock.executeQuery().close();
                }
            } catch (SQLException e) {
                throw new SnapshotStoreException("snapshot database: cannot give up the lock of org " + orgName + ": "
                        + e.getMessage(), e);
            }
        };
    }

    private OrgLock row(String org, String orgName, String holder, Instant since) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Optional<Holder> other = holder(connection, org);
            if (other.isPresent() && alive(other.get().who())) {
                connection.rollback();
                throw new OrgBusyException(orgName, other.get().who(), other.get().since());
            }
            replace(connection, org, orgName, holder, since);
            connection.commit();
        } catch (SQLException e) {
            // Another run took the org between our look and our insert: it holds it now.
            if ("23505".equals(e.getSQLState())) {
                throw new OrgBusyException(orgName, "another run", since);
            }
            throw e;
        }
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                delete(connection, org, holder);
            } catch (SQLException e) {
                throw new SnapshotStoreException("snapshot database: cannot give up the lock of org " + orgName + ": "
                        + e.getMessage(), e);
            }
        };
    }

    private record Holder(String who, Instant since) {
    }

    private static Optional<Holder> holder(Connection connection, String org) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT holder, since FROM ts_org_lock WHERE org_id = ?")) {
            select.setString(1, org);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Holder(rows.getString(1), Columns.instant(rows, 2))) : Optional.empty();
            }
        }
    }

    private static void replace(Connection connection, String org, String orgName, String holder, Instant since)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ts_org_lock WHERE org_id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO ts_org_lock (org_id, org_name, holder, since) "
                     + "VALUES (?, ?, ?, ?)")) {
            delete.setString(1, org);
            delete.executeUpdate();
            insert.setString(1, org);
            insert.setString(2, orgName);
            insert.setString(3, holder);
            Columns.setInstant(insert, 4, since);
            insert.executeUpdate();
        }
    }

    private static void delete(Connection connection, String org, String holder) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ts_org_lock WHERE org_id = ? AND holder = ?")) {
            delete.setString(1, org);
            delete.setString(2, holder);
            delete.executeUpdate();
        }
    }

    /**
     * Whether the holder of a row may still be running: a process on this host that is gone is not; anything
     * else (another host, a name not made by {@link OrgLock#thisProcess()}) is taken to be.
     */
    static boolean alive(String who) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("process (\\d+) on (\\S+)( .*)?").matcher(who);
        if (!matcher.matches() || !matcher.group(2).equals(host())) {
            return true;
        }
        long pid = Long.parseLong(matcher.group(1));
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String host() {
        return OrgLock.thisProcess().replaceFirst("process \\d+ on ", "");
    }
}
