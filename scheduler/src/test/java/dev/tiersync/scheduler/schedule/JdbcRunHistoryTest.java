package dev.tiersync.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.tiersync.scheduler.config.HistoryProperties;
import dev.tiersync.scheduler.database.DatabaseConfiguration;
import dev.tiersync.sync.PullSummary;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.testdata.SyncReportBuilder;
import dev.tiersync.sync.SyncStatus;
import dev.tiersync.sync.WriteFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcRunHistoryTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    private final HikariDataSource dataSource = new HikariDataSource();
    private final JdbcRunHistory history;

    JdbcRunHistoryTest() {
        dataSource.setJdbcUrl("jdbc:h2:mem:history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseConfiguration.migrate(dataSource);
        history = new JdbcRunHistory(dataSource, Clock.fixed(NOW, ZoneOffset.UTC), new HistoryProperties(Duration.ofDays(30)));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aRunIsKeptWithItsCountsItsRefusedRecordsAndItsReport() {
        WriteFailure refused = new WriteFailure("001000000000001AAA", "FIELD_CUSTOM_VALIDATION_EXCEPTION", "Tier is locked");

        history.record("run-1", "acme", report(NOW.minusSeconds(60), SyncStatus.PARTIALLY_FAILED, List.of(refused)));

        RunRecord run = history.find("run-1").orElseThrow();
        assertThat(run.org()).isEqualTo("acme");
        assertThat(run.status()).isEqualTo(SyncStatus.PARTIALLY_FAILED);
        assertThat(run.counts().accountsWritten()).isEqualTo(9);
        assertThat(run.counts().failures()).isEqualTo(1);
        assertThat(run.counts().apiCalls()).isEqualTo(7);
        assertThat(run.durationMillis()).isEqualTo(1500);
        assertThat(run.api().apiUsed()).isEqualTo(120);
        assertThat(run.api().apiLimit()).isEqualTo(15000);
        assertThat(history.failures("run-1")).containsExactly(refused);
        assertThat(history.report("run-1")).hasValueSatisfying(json -> assertThat(json).contains("\"status\":\"PARTIALLY_FAILED\"",
                "FIELD_CUSTOM_VALIDATION_EXCEPTION"));
    }

    @Test
    void recentRunsComeNewestFirstAndRunsPastTheRetentionAreDeleted() {
        history.record("old", "acme", report(NOW.minus(Duration.ofDays(31)), SyncStatus.SUCCEEDED,
                List.of(new WriteFailure("001000000000002AAA", "X", "y"))));
        history.record("older", "acme", report(NOW.minus(Duration.ofDays(2)), SyncStatus.SUCCEEDED, List.of()));
        history.record("newest", "acme", report(NOW.minus(Duration.ofDays(1)), SyncStatus.FAILED, List.of()));

        assertThat(history.recent(10)).extracting(RunRecord::id).containsExactly("newest", "older");
        assertThat(history.recent(1)).extracting(RunRecord::id).containsExactly("newest");
        assertThat(history.find("old")).isEmpty();
        assertThat(history.failures("old")).isEmpty();
    }

    @Test
    void oneOrgsRunsComeNewestFirstWithoutTheOtherOrgs() {
        history.record("acme-1", "acme", report(NOW.minus(Duration.ofHours(3)), SyncStatus.SUCCEEDED, List.of()));
        history.record("globex-1", "globex", report(NOW.minus(Duration.ofHours(2)), SyncStatus.SUCCEEDED, List.of()));
        history.record("acme-2", "acme", report(NOW.minus(Duration.ofHours(1)), SyncStatus.FAILED, List.of()));

        assertThat(history.recent("acme", 10)).extracting(RunRecord::id).containsExactly("acme-2", "acme-1");
        assertThat(history.recent("acme", 1)).extracting(RunRecord::id).containsExactly("acme-2");
        assertThat(history.recent("initech", 10)).isEmpty();
    }

    @Test
    void aQueryNarrowsTheRunsByOrgStatusAndDryRunAndPagesThroughThemNewestFirst() {
        for (int hour = 1; hour <= 7; hour++) {
            SyncStatus status = hour % 3 == 0 ? SyncStatus.FAILED : SyncStatus.SUCCEEDED;
            history.record("acme-" + hour, "acme", SyncReportBuilder.aReport().status(status).dryRun(hour % 2 == 0)
                    .startedAt(NOW.minus(Duration.ofHours(hour))).lasting(Duration.ofSeconds(1)).build());
        }
        history.record("globex-1", "globex", report(NOW.minus(Duration.ofMinutes(30)), SyncStatus.FAILED, List.of()));

        assertThat(history.find(new RunQuery(null, null, null, 0, 3))).extracting(RunRecord::id)
                .containsExactly("globex-1", "acme-1", "acme-2");
        assertThat(history.find(new RunQuery(null, null, null, 3, 3))).extracting(RunRecord::id)
                .containsExactly("acme-3", "acme-4", "acme-5");
        assertThat(history.find(new RunQuery(null, null, null, 6, 3))).extracting(RunRecord::id).containsExactly("acme-6", "acme-7");
        assertThat(history.find(new RunQuery("acme", SyncStatus.FAILED, null, 0, 10))).extracting(RunRecord::id)
                .containsExactly("acme-3", "acme-6");
        assertThat(history.find(new RunQuery("acme", null, true, 0, 10))).extracting(RunRecord::id)
                .containsExactly("acme-2", "acme-4", "acme-6");
        assertThat(history.find(new RunQuery("acme", SyncStatus.SUCCEEDED, false, 0, 10))).extracting(RunRecord::id)
                .containsExactly("acme-1", "acme-5", "acme-7");
    }

    private static SyncReport report(Instant startedAt, SyncStatus status, List<WriteFailure> failures) {
        return SyncReportBuilder.aReport().status(status).startedAt(startedAt).lasting(Duration.ofMillis(1500)).assessed(10, 50)
                .changed(10).written(10 - failures.size()).failures(failures)
                .apiCalls(7, new dev.tiersync.salesforce.ApiUsage(120, 15000))
                .error(status == SyncStatus.FAILED ? "login failed" : null).build();
    }
}
