package dev.tiersync.store;

import static dev.tiersync.emulator.junit.Prerequisites.require;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.testdata.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Nodes of a cluster that start together on a fresh PostgreSQL database each bring its schema up to date. */
class SchemaMigrationsTest {

    private static final int NODES = 8;
    private static final int ROUNDS = 6;

    @AfterEach
    void dropTheSchema() {
        TestPostgres.drop();
    }

    @Test
    void nodesStartingAtOnceOnAFreshDatabaseAllMigrateIt() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            TestPostgres.drop();
            migrateAtOnce();
        }
    }

    private void migrateAtOnce() throws Exception {
        require(TestPostgres.ready(), "PostgreSQL is not running on 127.0.0.1:5432; start it to run this case");
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> migrations = new ArrayList<>();
        List<com.zaxxer.hikari.HikariDataSource> pools = new ArrayList<>();
        try {
            for (int i = 0; i < NODES; i++) {
                com.zaxxer.hikari.HikariDataSource pool = new StoreSettings(TestPostgres.URL, TestPostgres.USER, null)
                        .pool("node-" + i, 3);
                pools.add(pool);
                migrations.add(nodes.submit(() -> {
                    start.await();
                    SchemaMigrations.migrate(pool, JdbcSnapshotStore.MIGRATIONS, JdbcSnapshotStore.HISTORY_TABLE);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> migration : migrations) {
                migration.get();
            }
        } finally {
            nodes.shutdown();
            pools.forEach(com.zaxxer.hikari.HikariDataSource::close);
        }
        try (Connection connection = DriverManager.getConnection(TestPostgres.URL, TestPostgres.USER, null);
             ResultSet applied = connection.createStatement().executeQuery("SELECT count(*) FROM "
                     + JdbcSnapshotStore.HISTORY_TABLE + " WHERE success")) {
            applied.next();
            assertThat(applied.getInt(1)).as("each migration applied once").isEqualTo(migrationFiles());
        }
    }

    private static int migrationFiles() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/tiersync-snapshot"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }
}
