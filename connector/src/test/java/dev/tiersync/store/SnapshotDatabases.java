package dev.tiersync.store;

import static dev.tiersync.emulator.junit.Prerequisites.require;

import dev.tiersync.testdata.TestPostgres;
import java.nio.file.Path;
import java.sql.DriverManager;

/** The databases the snapshot store runs on in tests: the embedded H2 file, and PostgreSQL (required under CI). */
final class SnapshotDatabases {

    private SnapshotDatabases() {
    }

    static JdbcSnapshotStore open(String database, Path directory) {
        return JdbcSnapshotStore.open(settings(database, directory));
    }

    /** Rows of the org in a table, counted behind the store's back. */
    static int rows(String database, Path directory, String org, String table) throws Exception {
        StoreSettings settings = settings(database, directory);
        try (var connection = DriverManager.getConnection(settings.url(), settings.username(), null);
             var select = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE org_id = ?")) {
            select.setString(1, org);
            try (var result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static StoreSettings settings(String database, Path directory) {
        if (database.equals("postgresql")) {
            require(TestPostgres.ready(), "PostgreSQL is not running on 127.0.0.1:5432; start it to run this case");
            return new StoreSettings(JdbcSnapshotStoreTest.POSTGRES, "postgres", null);
        }
        return StoreSettings.embedded(directory);
    }
}
