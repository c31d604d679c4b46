package dev.tiersync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a schema up to date with Flyway, one process at a time: on PostgreSQL under an advisory lock, so nodes of a
 * cluster starting together on a fresh database do not both create a history table (the second then finds it
 * "already exists, and is empty" and refuses to start). An embedded H2 file has one process by construction.
 */
public final class SchemaMigrations {

    /** The advisory lock's key: "tiersync" in ASCII. */
    static final long LOCK = 0x7469657273796e63L;

    private SchemaMigrations() {
    }

    /**
     * @param locations where the migrations are, such as {@code classpath:db/tiersync-snapshot}
     * @param table the history table
     */
    public static void migrate(DataSource dataSource, String locations, String table) {
        try (Connection lock = dataSource.getConnection()) {
            boolean postgres = lock.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
            if (postgres) {
                advisory(lock, "SELECT pg_advisory_lock(?)");
            }
            try {
                Flyway.configure().dataSource(dataSource).locations(locations).table(table)
                        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
            } finally {
                if (postgres) {
                    advisory(lock, "SELECT pg_advisory_unlock(?)");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock the database for its migrations: " + e.getMessage(), e);
        }
    }

    private static void advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK);
            statement.execute();
        }
    }
}
