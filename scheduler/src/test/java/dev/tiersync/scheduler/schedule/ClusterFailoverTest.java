package dev.tiersync.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.tiersync.emulator.junit.Prerequisites.require;

import dev.tiersync.emulator.AuditEntry;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.FaultPlan;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.scheduler.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two TierSync nodes, each its own JVM, share a Quartz cluster and a lease on PostgreSQL. The node
 * running the sync is killed with SIGKILL in the middle of its writes; the other picks the run up
 * within 30 seconds and finishes it, and the org's audit shows no value written twice.
 */
class ClusterFailoverTest {

    /** How long the cluster may show no progress at all before a wait fails. */
    private static final Duration STALL = Duration.ofSeconds(60);

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final int ACCOUNTS = 20_000;

    @TempDir
    Path logs;

    private final String database = "tiersync_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<Process> nodes = new ArrayList<>();
    private EmulatedOrg org;

    @Test
    void whenTheRunningNodeIsKilledTheOtherFinishesTheRunWithoutWritingAnyValueTwice() throws Exception {
        require(postgresRunning(), "PostgreSQL is not running on 127.0.0.1:5432; .ci/run starts it");
        createDatabase();
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 3, LocalDate.now()))
                .withFaults(FaultPlan.none().withSlowResponses(1.0, Duration.ofMillis(120))));
        Process nodeA = start("node-a");
        Process nodeB = start("node-b");

        awaitProgress(() -> tierWrites() >= 2_000, this::activity, "the first node to write 2,000 tiers");
        String running = executingNode().orElseThrow();
        Process victim = running.equals("node-a") ? nodeA : nodeB;
        String survivor = running.equals("node-a") ? "node-b" : "node-a";
        int startsBefore = count(survivor, " at " + org.loginUrl() + " started");
        victim.destroyForcibly().waitFor();
        Instant killed = Instant.now();
        int writtenWhenKilled = tierWrites();

        await(Duration.ofSeconds(30), () -> count(survivor, " at " + org.loginUrl() + " started") > startsBefore,
                survivor + " to pick the run up");
        Duration pickedUpAfter = Duration.between(killed, Instant.now());
        awaitProgress(() -> count(survivor, " at " + org.loginUrl() + " SUCCEEDED") > 0, this::activity,
                survivor + " to finish the run");

        System.out.printf("cluster failover: killed %s after %,d of %,d tiers were written; %s picked the run up %.1f s "
                + "later and finished it%n", running, writtenWhenKilled, ACCOUNTS, survivor, pickedUpAfter.toMillis() / 1000.0);
        assertThat(pickedUpAfter).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(writtenWhenKilled).isBetween(2_000, ACCOUNTS - 1);
        assertThat(org.audit().stream().filter(e -> e.field().equals("Tier__c")).map(AuditEntry::recordId).distinct().count())
                .as("every account has its tier").isEqualTo(ACCOUNTS);
        Map<String, Long> writes = org.audit().stream()
                .filter(e -> e.operation().equals("update") && !e.field().equals("Segments_Updated_At__c"))
                .collect(Collectors.groupingBy(e -> e.recordId() + "/" + e.field() + "=" + e.newValue(), Collectors.counting()));
        assertThat(writes).allSatisfy((value, count) -> assertThat(count).as(value).isEqualTo(1L));
    }

    private Process start(String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--tiersync.store.url=" + SERVER + database, "--tiersync.store.username=postgres",
                "--tiersync.org.login-url=" + org.loginUrl(), "--tiersync.org.username=" + EmulatorSettings.DEFAULT_USERNAME,
                "--tiersync.schedule.cron=0/5 * * * * ?", "--tiersync.schedule.minimum-interval=PT5S", "--tiersync.lease.duration=PT6S",
                "--spring.quartz.scheduler-name=tiersync-cluster-test",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + name,
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000");
        builder.environment().put("TIERSYNC_ORG_PASSWORD", EmulatorSettings.DEFAULT_PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        Process process = builder.start();
        nodes.add(process);
        return process;
    }

    @AfterEach
    void stop() throws Exception {
        for (Process node : nodes) {
            node.destroyForcibly().waitFor();
        }
        if (org != null) {
            org.close();
        }
        if (postgresRunning()) {
            sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private int tierWrites() {
        return (int) org.audit().stream().filter(e -> e.field().equals("Tier__c")).count();
    }

    private Optional<String> executingNode() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT instance_name FROM qrtz_fired_triggers WHERE state = 'EXECUTING'")) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    private int count(String node, String text) {
        try {
            String log = Files.readString(logs.resolve(node + ".log"), StandardCharsets.UTF_8);
            int count = 0;
            for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + 1)) {
                count++;
            }
            return count;
        } catch (IOException e) {
            return 0;
        }
    }

    /** What the nodes and the org have done so far: it grows while a run makes progress, however slowly. */
    private long activity() {
        long logged = 0;
        for (String node : List.of("node-a", "node-b")) {
            logged += logs.resolve(node + ".log").toFile().length();
        }
        return logged + org.calls().total();
    }

    /**
     * Waits for the condition as long as the cluster keeps making progress: a loaded machine may be slow, but a
     * run that stalls for {@link #STALL} is a failure.
     */
    private void awaitProgress(BooleanSupplier condition, java.util.function.LongSupplier progress, String what)
            throws InterruptedException, IOException {
        long seen = progress.getAsLong();
        Instant lastProgress = Instant.now();
        while (!condition.getAsBoolean()) {
            long now = progress.getAsLong();
            if (now != seen) {
                seen = now;
                lastProgress = Instant.now();
            } else if (Instant.now().isAfter(lastProgress.plus(STALL))) {
                throw new AssertionError("no progress for " + STALL + " while waiting for " + what + "; node logs:\n"
                        + tail("node-a") + "\n" + tail("node-b"));
            }
            Thread.sleep(200);
        }
    }

    private void await(Duration limit, BooleanSupplier condition, String what) throws InterruptedException, IOException {
        Instant giveUp = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("waited " + limit + " for " + what + "; node logs:\n" + tail("node-a") + "\n" + tail("node-b"));
            }
            Thread.sleep(200);
        }
    }

    private String tail(String node) throws IOException {
        Path log = logs.resolve(node + ".log");
        if (!Files.exists(log)) {
            return node + ": no log";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return node + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private void createDatabase() throws SQLException {
        sql("postgres", "CREATE DATABASE " + database);
    }

    private static void sql(String db, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + db, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static boolean postgresRunning() {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
