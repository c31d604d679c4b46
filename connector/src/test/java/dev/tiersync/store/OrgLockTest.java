package dev.tiersync.store;

import static dev.tiersync.emulator.junit.Prerequisites.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.sync.OrgBusyException;
import dev.tiersync.sync.OrgLock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.UUID;
import dev.tiersync.testdata.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One run of an org at a time over every process sharing the snapshot database, on H2 and on PostgreSQL. */
class OrgLockTest {

    private static final Instant SINCE = Instant.parse("2026-12-01T09:30:00Z");

    @TempDir
    Path directory;

    private final String org = "00D" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);

    private JdbcSnapshotStore open(String database) {
        if (database.equals("postgresql")) {
            require(postgresRunning(), "PostgreSQL is not running on 127.0.0.1:5432; start it to run this case");
            return JdbcSnapshotStore.open(new StoreSettings(TestPostgres.URL, "postgres", null));
        }
        return JdbcSnapshotStore.open(new StoreSettings("jdbc:h2:file:" + directory.resolve("snapshot"), "sa", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aSecondRunOfTheOrgIsRefusedNamingTheHolderAndSinceWhenAndMayRunOnceTheFirstEnds(String database) {
        try (JdbcSnapshotStore first = open(database); JdbcSnapshotStore second = open(database)) {
            OrgLock held = first.lock(org, "acme", OrgLock.thisProcess() + " (first run)", SINCE);

            assertThatThrownBy(() -> second.lock(org, "acme", OrgLock.thisProcess(), SINCE.plusSeconds(5)))
                    .isInstanceOf(OrgBusyException.class)
                    .hasMessageContaining("org acme is being synced by " + OrgLock.thisProcess() + " (first run) since "
                            + SINCE);
            assertThat(second.lock("00DOTHERORG0000001", "other", "another", SINCE)).as("another org is free").isNotNull();

            held.close();
            assertThatCode(() -> second.lock(org, "acme", "second run", SINCE.plusSeconds(9)).close()).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aLockLeftByAProcessOnThisHostThatIsGoneIsTakenOver(String database) throws Exception {
        try (JdbcSnapshotStore store = open(database)) {
            store.lock(org, "acme", "warm-up", SINCE).close();
            String gone = OrgLock.thisProcess().replaceFirst("process \\d+", "process " + Long.MAX_VALUE);
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("snapshot"), "sa", "");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO ts_org_lock (org_id, org_name, holder, since) VALUES (?, 'acme', ?, CURRENT_TIMESTAMP)")) {
                insert.setString(1, org);
                insert.setString(2, gone);
                insert.executeUpdate();
            }

            assertThatCode(() -> store.lock(org, "acme", OrgLock.thisProcess(), SINCE).close()).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql"})
    void aLockWhoseConnectionDroppedIsGivenUpEvenWithItsRowLeftBehind(String database) throws Exception {
        try (JdbcSnapshotStore store = open(database)) {
            int killedBackend;
            try (Connection killed = DriverManager.getConnection(TestPostgres.URL, "postgres", "");
                 PreparedStatement lock = killed.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))");
                 PreparedStatement row = killed.prepareStatement(
                         "INSERT INTO ts_org_lock (org_id, org_name, holder, since) VALUES (?, 'acme', 'process 1 on elsewhere', "
                                 + "CURRENT_TIMESTAMP)")) {
                lock.setString(1, "tiersync-org:" + org);
                lock.executeQuery().close();
                row.setString(1, org);
                row.executeUpdate();
                assertThatThrownBy(() -> store.lock(org, "acme", "me", SINCE)).hasMessageContaining("process 1 on elsewhere");
                killedBackend = backendOf(killed);
            }
            awaitGone(killedBackend); // PostgreSQL gives a dropped connection's locks up when its backend has ended

            assertThatCode(() -> store.lock(org, "acme", "me", SINCE).close()).doesNotThrowAnyException();
        }
    }

    private static int backendOf(Connection connection) throws java.sql.SQLException {
        try (var pid = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            return pid.getInt(1);
        }
    }

    private static void awaitGone(int backend) throws java.sql.SQLException {
        try (Connection watcher = DriverManager.getConnection(TestPostgres.URL, "postgres", "");
             PreparedStatement alive = watcher.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
            alive.setInt(1, backend);
            while (true) {
                try (var rows = alive.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
    }

    private static boolean postgresRunning() {
        return TestPostgres.ready();
    }

    @AfterAll
    static void dropTheSchema() {
        TestPostgres.drop();
    }
}
