package dev.tiersync.endtoend;

import static dev.tiersync.endtoend.SyncHarness.assertNothingWrittenTwice;
import static dev.tiersync.endtoend.SyncHarness.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.FaultPlan;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.junit.MutableClock;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.sync.InMemorySnapshotStore;
import dev.tiersync.sync.SnapshotStore;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Volume paths through force-wsc's Bulk API client, with the thresholds lowered so a small org takes them. */
class BulkSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final int ACCOUNTS = 600;
    private static final List<String> BULK_CALLS = List.of("bulk POST job", "bulk GET job", "bulk POST batch", "bulk GET batch");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T06:00:00Z"));
    private EmulatedOrg org;

    @AfterEach
    void stop() {
        if (org != null) {
            org.close();
        }
    }

    @Test
    void changesAboveTheBulkThresholdGoThroughOneSerialBulkJobAndReadBackRight() {
        start(FaultPlan.none());
        SyncSettings settings = SyncSettings.custom().bulkThresholds(100, 50_000).build();

        SyncReport report = run(settings, new InMemorySnapshotStore(), false);

        assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(report.writes().bulk()).isTrue();
        assertThat(report.writes().accounts()).isEqualTo(ACCOUNTS);
        assertThat(org.calls().count("update")).as("no SOAP update call").isZero();
        assertThat(bulkCalls()).isPositive();
        assertThat(run(SyncSettings.defaults(), new InMemorySnapshotStore(), true).changes().accounts())
                .as("a SOAP-pulled dry run finds nothing left to change").isZero();
        assertNothingWrittenTwice(org);
    }

    @Test
    void lockedRowsInABulkJobAreRetriedSeriallyThroughSoapAndNothingIsWrittenTwice() {
        start(FaultPlan.none().withLockFailures(0.10).withSeed(5));
        SyncSettings settings = SyncSettings.custom().bulkThresholds(100, 50_000).build();

        SyncReport report = run(settings, new InMemorySnapshotStore(), false);
        org.injectFaults(FaultPlan.none());

        assertThat(report.writes().bulk()).isTrue();
        assertThat(report.writes().lockRetries()).isPositive();
        assertThat(org.calls().count("update")).as("lock retries go through SOAP").isPositive();
        assertThat(report.writes().accounts() + report.writes().failures().size()).isEqualTo(ACCOUNTS);
        assertThat(run(SyncSettings.defaults(), new InMemorySnapshotStore(), true).changes().accounts())
                .isEqualTo(report.writes().failures().size());
        assertNothingWrittenTwice(org);
    }

    @Test
    void recordsAboveThePullThresholdComeThroughBulkQueriesWithPkChunkingAndAssessTheSameAsSoap() {
        start(FaultPlan.none());
        SyncSettings bulkPulls = SyncSettings.custom().bulkThresholds(10_000, 100).build();

        SyncReport bulk = run(bulkPulls, new InMemorySnapshotStore(), true);
        SyncReport soap = run(SyncSettings.defaults(), new InMemorySnapshotStore(), true);

        assertThat(bulk.pull().accountRoute()).matches(route -> route.bulk(), "the Bulk API");
        assertThat(bulk.pull().opportunityRoute()).matches(route -> route.bulk(), "the Bulk API");
        assertThat(soap.pull().accountRoute()).matches(route -> !route.bulk(), "SOAP");
        assertThat(bulk.assessed().accounts()).isEqualTo(ACCOUNTS);
        assertThat(bulk.assessed().opportunities()).isEqualTo(soap.assessed().opportunities());
        assertThat(bulk.findings().tiers()).isEqualTo(soap.findings().tiers());
        assertThat(bulk.changes().byField()).isEqualTo(soap.changes().byField());
        assertThat(bulk.findings().segments()).isEqualTo(soap.findings().segments());
    }

    @Test
    void aBulkPullFollowedByABulkWriteInOneRunSucceeds() {
        start(FaultPlan.none());
        SyncSettings bulkBoth = SyncSettings.custom().bulkThresholds(100, 100).build();

        SyncReport report = run(bulkBoth, new InMemorySnapshotStore(), false);

        assertThat(report.run().error()).isNull();
        assertThat(report.pull().accountRoute()).matches(route -> route.bulk(), "the Bulk API");
        assertThat(report.writes().bulk()).isTrue();
        assertThat(report.writes().accounts()).isEqualTo(ACCOUNTS);
    }

    @Test
    void anIncrementalPullAboveTheThresholdUsesABulkQueryAllAndSeesDeletions() throws Exception {
        start(FaultPlan.none());
        SnapshotStore store = new InMemorySnapshotStore();
        SyncSettings bulkPulls = SyncSettings.custom().bulkThresholds(10_000, 100).build();
        run(bulkPulls, store, false);
        clock.advance(Duration.ofHours(1));
        new UserSession(org).delete(org.store().records("Account").get(9).id());

        SyncReport echo = run(bulkPulls, store, false);

        assertThat(echo.pull().full()).isFalse();
        assertThat(echo.pull().accountRoute()).as("600 written accounts pulled back").matches(route -> route.bulk(), "the Bulk API");
        assertThat(echo.pull().deleted()).isEqualTo(1);
        assertThat(echo.assessed().accounts()).isEqualTo(ACCOUNTS - 1);
        assertThat(echo.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(echo.changes().accounts()).as("ranks shift a little; only moves worth a write are written")
                .isLessThan(ACCOUNTS / 10);
    }

    private void start(FaultPlan faults) {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 11, AS_OF)).withClock(clock).withFaults(faults));
    }

    private SyncReport run(SyncSettings settings, SnapshotStore store, boolean dryRun) {
        // Pages of 200 so that even accounts fill several; the bulk switch happens only when the first page is not all.
        WscSettings smallChunks = new WscSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 200, 250);
        return SyncHarness.job(SyncHarness.connector(smallChunks), clock, settings, store)
                .run(credentials(org), new SyncRequest(AS_OF, dryRun));
    }

    private int bulkCalls() {
        return BULK_CALLS.stream().mapToInt(name -> org.calls().count(name)).sum();
    }
}
