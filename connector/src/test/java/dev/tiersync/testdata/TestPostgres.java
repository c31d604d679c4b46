package dev.tiersync.testdata;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The machine's PostgreSQL (127.0.0.1:5432, database {@code test}, trust authentication) with a schema of this
 * test JVM's own, so snapshot migrations applied by one build (another branch, an earlier run) never meet
 * another's. The schema is made when first asked for and dropped by {@link #drop()}.
 */
public final class TestPostgres {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "ts_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** The JDBC URL of this JVM's schema. */
    public static final String URL = SERVER + "?currentSchema=" + SCHEMA;
    public static final String USER = "postgres";

    private TestPostgres() {
    }

    /** Whether PostgreSQL answers; makes this JVM's schema when it does. */
    public static boolean ready() {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Drops this JVM's schema and everything in it; a later {@link #ready()} makes it again. */
    public static void drop() {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            // PostgreSQL is not running: the cases that needed it failed or were skipped already
        }
    }
}
