package dev.tiersync.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.FaultPlan;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.resilience.ResilienceSettings;
import dev.tiersync.salesforce.wsc.WscOrgConnector;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import dev.tiersync.sync.LedgerEntry;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.SyncStatus;
import dev.tiersync.sync.WriteFailure;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault a real org produces, injected by the emulator: the org ends with every account holding
 * the right values or listed as failed, no value written twice, and the next run finishing the job.
 */
class FaultToleranceTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final int ACCOUNTS = 600;

    private EmulatedOrg org;
    private final JdbcSnapshotStore store = JdbcSnapshotStore.open(new StoreSettings(
            "jdbc:h2:mem:faults-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null));

    @AfterEach
    void stop() {
        store.close();
        if (org != null) {
            org.close();
        }
    }

    @Test
    void lockErrorsOnOnePercentAreRetriedUntilEveryAccountIsRight() {
        assertSurvives(FaultPlan.none().withLockFailures(0.01));
    }

    @Test
    void lockErrorsOnTenPercentAreRetriedUntilEveryAccountIsRight() {
        assertSurvives(FaultPlan.none().withLockFailures(0.10));
    }

    @Test
    void lockErrorsOnHalfTheRecordsEndRightOrListedAndTheNextRunFinishes() {
        assertSurvives(FaultPlan.none().withLockFailures(0.50));
    }

    @Test
    void unavailableAnswersAreRetried() {
        assertSurvives(FaultPlan.none().withUnavailable(0.2));
    }

    @Test
    void resetConnectionsAreRetried() {
        assertSurvives(FaultPlan.none().withResets(0.2));
    }

    @Test
    void slowAnswersOnlySlowTheRun() {
        assertSurvives(FaultPlan.none().withSlowResponses(0.3, Duration.ofMillis(30)));
    }

    @Test
    void anExpiringSessionIsRenewedMidQueryAndMidUpdate() {
        assertSurvives(FaultPlan.none().withSessionExpiryAfterCalls(2));
    }

    @Test
    void validationFailuresAreListedWithSalesforcesCodeAndTheRestIsWritten() {
        OrgData data = OrgData.generate(ACCOUNTS, 11, AS_OF);
        String refused = (String) data.records().get("Account").get(5).get("Id");
        org = EmulatedOrg.start(EmulatorSettings.of(data).withFaults(FaultPlan.none().withValidationFailures(Set.of(refused))));

        SyncReport report = job().run(credentials(), new SyncRequest(AS_OF, false));

        assertThat(report.status()).isEqualTo(SyncStatus.PARTIALLY_FAILED);
        assertThat(report.writes().failures()).extracting(WriteFailure::accountId).containsExactly(refused);
        assertThat(report.writes().failures().get(0).statusCode()).isEqualTo("FIELD_CUSTOM_VALIDATION_EXCEPTION");
        assertThat(dryRun().changes().accounts()).isEqualTo(1);
    }

    /** What the pull of the behaviour objects costs on an org with none of their records: describeGlobal and one query each. */
    private static final int RELATED_PULL_CALLS = 1 + dev.tiersync.domain.behaviour.RelatedObject.values().length;

    @Test
    void reachingTheDailyLimitDefersAndTheNextRunFinishes() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 11, AS_OF))
                // a create and an update after the pulls
                .withFaults(FaultPlan.none().withDailyLimitAfterCalls(7 + RELATED_PULL_CALLS)));
        SyncJob spendsAll = job(SyncSettings.custom().apiBudgetShare(1.0).apiReserveShare(0).build());

        SyncReport first = spendsAll.run(credentials(), new SyncRequest(AS_OF, false));
        org.injectFaults(FaultPlan.none());
        SyncReport second = spendsAll.run(credentials(), new SyncRequest(AS_OF, false));

        assertThat(first.status()).isEqualTo(SyncStatus.DEFERRED);
        assertThat(first.run().error()).contains("REQUEST_LIMIT_EXCEEDED");
        assertThat(first.writes().accounts()).isBetween(1, ACCOUNTS - 1);
        assertThat(second.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(second.writes().accounts()).isEqualTo(ACCOUNTS - first.writes().accounts());
        assertThat(dryRun().changes().accounts()).isZero();
        assertNothingWrittenTwice();
    }

    @Test
    void aRunStopsAsDeferredOnceItSpentItsShareOfTheDailyLimit() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 11, AS_OF))
                .withDailyApiLimit(16 + 2 * RELATED_PULL_CALLS));

        SyncReport first = job().run(credentials(), new SyncRequest(AS_OF, false));

        assertThat(first.status()).isEqualTo(SyncStatus.DEFERRED);
        assertThat(first.run().error()).contains("spent its API budget", "50% of the daily limit of " + (16 + 2 * RELATED_PULL_CALLS));
        assertThat(first.writes().accounts()).isBetween(1, ACCOUNTS - 1);
        assertNothingWrittenTwice();
    }

    @Test
    void aRunStopsAsDeferredWhenOtherIntegrationsLeftTheOrgNoMoreThanItsReserve() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 11, AS_OF)).withDailyApiLimit(100));
        for (int i = 0; i < 3; i++) {
            dryRun(); // another integration's calls: the org's usage, not this run's
        }
        SyncJob reserving = job(SyncSettings.custom().apiBudgetShare(1.0).apiReserveShare(0.85).build());

        SyncReport held = reserving.run(credentials(), new SyncRequest(AS_OF, false));
        SyncReport next = job(SyncSettings.custom().apiBudgetShare(1.0).apiReserveShare(0).build())
                .run(credentials(), new SyncRequest(AS_OF, false));

        assertThat(held.status()).isEqualTo(SyncStatus.DEFERRED);
        assertThat(held.run().error()).contains("daily API requests left, within the reserve of 85", "api-reserve-share");
        assertThat(held.writes().accounts()).isZero();
        assertThat(next.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(next.writes().accounts()).isEqualTo(ACCOUNTS);
        assertNothingWrittenTwice();
    }

    @Test
    void aRunDeferredDuringThePullSaysWhatItPulledAndKeptAndTheNextRunGoesOnFromThere() {
        OrgData data = OrgData.generate(ACCOUNTS, 11, AS_OF);
        org = EmulatedOrg.start(EmulatorSettings.of(data)
                .withFaults(FaultPlan.none().withDailyLimitAfterCalls(3))); // reached after two pages of 200
        WscSettings pages = new WscSettings(java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(2), 200);
        // one object after the other, so the limit falls after the accounts' second page
        SyncJob paged = SyncRuntime.builder().resilience(SyncHarness.FAST_RETRIES).salesforce(pages)
                .sync(SyncSettings.custom().apiReserveShare(0).pullObjectsAtOnce(1).build()).store(store).build()
                .job(SegmentationConfig.defaults());

        SyncReport deferred = paged.run(credentials(), new SyncRequest(AS_OF, false));
        org.injectFaults(FaultPlan.none());
        SyncReport next = paged.run(credentials(), new SyncRequest(AS_OF, false));

        assertThat(deferred.status()).isEqualTo(SyncStatus.DEFERRED);
        assertThat(deferred.pull().accounts()).as("the pages pulled before the limit").isEqualTo(400);
        assertThat(deferred.pull().reason()).contains("stopped part-way", "kept in the snapshot", "goes on with the full pull")
                .doesNotContain("nothing pulled");
        assertThat(deferred.api().calls()).isGreaterThanOrEqualTo(3);
        assertThat(next.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(next.pull().reason()).contains("went on with the full pull", "had stored 400 records before it stopped");
        assertThat(next.pull().accounts()).as("only the accounts the first run did not store").isEqualTo(ACCOUNTS - 400);
        assertThat(next.pull().opportunities()).isEqualTo(data.count("Opportunity"));
        assertThat(next.writes().accounts()).isEqualTo(ACCOUNTS);
        assertThat(store.pullInProgress(org.orgId())).as("the finished pull is forgotten").isEmpty();
        assertThat(dryRun().pull().full()).as("the run after it pulls what changed").isFalse();
        assertNothingWrittenTwice();
    }

    @Test
    void aBulkPullDeferredBetweenChunksGoesOnFromTheFirstChunkNotReadWhole() {
        OrgData data = OrgData.generate(ACCOUNTS, 11, AS_OF);
        org = EmulatedOrg.start(EmulatorSettings.of(data).withBulkTiming(dev.tiersync.emulator.BulkTiming.immediate())
                .withFaults(FaultPlan.none().withDailyLimitAfterCalls(LIMIT_IN_THE_OPPORTUNITY_CHUNKS)));
        WscSettings chunked = new WscSettings(java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(2), 200)
                .withPkChunkSize(100);
        SyncJob bulk = SyncRuntime.builder().resilience(SyncHarness.FAST_RETRIES).salesforce(chunked)
                .sync(SyncSettings.custom().apiReserveShare(0).bulkThresholds(10_000, 100).pullObjectsAtOnce(1).build())
                .store(store).build().job(SegmentationConfig.defaults());

        SyncReport deferred = bulk.run(credentials(), new SyncRequest(AS_OF, false));
        int kept = store.pullInProgress(org.orgId()).orElseThrow().objects().get("Opportunity").records();
        org.injectFaults(FaultPlan.none());
        SyncReport next = bulk.run(credentials(), new SyncRequest(AS_OF, false));

        assertThat(deferred.status()).isEqualTo(SyncStatus.DEFERRED);
        assertThat(deferred.pull().accounts()).as("every account chunk read before the limit").isEqualTo(ACCOUNTS);
        assertThat(deferred.pull().opportunities()).isPositive().isLessThan(data.count("Opportunity"));
        assertThat(kept).as("the opportunities of the chunks read whole from the first on, in chunks of 100")
                .isLessThanOrEqualTo(deferred.pull().opportunities());
        assertThat(next.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(next.pull().accounts()).as("the accounts were pulled to their end: not again").isZero();
        assertThat(next.pull().opportunityRoute().bulk()).isTrue();
        assertThat(next.pull().opportunities()).as("from the first chunk not read whole (startRow) on")
                .isEqualTo(data.count("Opportunity") - kept);
        assertThat(next.writes().accounts()).isEqualTo(ACCOUNTS);
        assertNothingWrittenTwice();
    }

    @Test
    void objectsPulledAtOnceAndDeferredMidwayGoOnEachFromWhereItStopped() {
        OrgData data = OrgData.generate(ACCOUNTS, 11, AS_OF);
        org = EmulatedOrg.start(EmulatorSettings.of(data).withFaults(FaultPlan.none().withDailyLimitAfterCalls(6)));
        WscSettings pages = new WscSettings(java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(2), 200);
        SyncJob together = SyncRuntime.builder().resilience(SyncHarness.FAST_RETRIES).salesforce(pages)
                .sync(SyncSettings.custom().apiReserveShare(0).pullStreams(1).pullObjectsAtOnce(3).build()).store(store)
                .build().job(SegmentationConfig.defaults());

        SyncReport deferred = together.run(credentials(), new SyncRequest(AS_OF, false));
        org.injectFaults(FaultPlan.none());
        SyncReport next = together.run(credentials(), new SyncRequest(AS_OF, false));

        assertThat(deferred.status()).isEqualTo(SyncStatus.DEFERRED);
        int pulledBefore = deferred.pull().accounts() + deferred.pull().opportunities();
        assertThat(pulledBefore).as("pages of both objects pulled before the limit").isPositive()
                .isLessThan(ACCOUNTS + data.count("Opportunity"));
        assertThat(next.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(next.pull().accounts()).as("only the accounts the first run did not store")
                .isEqualTo(ACCOUNTS - deferred.pull().accounts());
        assertThat(next.pull().opportunities()).as("only the opportunities the first run did not store")
                .isEqualTo(data.count("Opportunity") - deferred.pull().opportunities());
        assertThat(next.writes().accounts()).isEqualTo(ACCOUNTS);
        assertThat(dryRun().changes().accounts()).as("the snapshot holds every record once").isZero();
        assertNothingWrittenTwice();
    }

    /**
     * The org's limit, reached while the opportunities' chunks are read (chunks of 100, a few at once): the accounts'
     * first page, job, batch, poll, six chunks and close, then the opportunities' first page, job, batch and poll
     * take 23 calls; twenty more read about ten chunks.
     */
    private static final int LIMIT_IN_THE_OPPORTUNITY_CHUNKS = 43;

    private void assertSurvives(FaultPlan faults) {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 11, AS_OF)).withFaults(faults.withSeed(3)));

        SyncReport first = job().run(credentials(), new SyncRequest(AS_OF, false));

        assertThat(first.status()).as(String.valueOf(first.run().error())).isIn(SyncStatus.SUCCEEDED, SyncStatus.PARTIALLY_FAILED);
        assertThat(first.writes().accounts() + first.writes().failures().size()).isEqualTo(ACCOUNTS);
        assertThat(store.ledger(org.orgId())).extracting(LedgerEntry::accountId)
                .as("every account not written is in the ledger")
                .containsExactlyInAnyOrderElementsOf(first.writes().failures().stream().map(WriteFailure::accountId).toList());
        org.injectFaults(FaultPlan.none());
        assertThat(dryRun().changes().accounts()).as("accounts still wrong are exactly the failed ones")
                .isEqualTo(first.writes().failures().size());
        assertNothingWrittenTwice();
        SyncReport next = job().run(credentials(), new SyncRequest(AS_OF, false));
        assertThat(next.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(next.writes().accounts()).isEqualTo(first.writes().failures().size());
        assertThat(dryRun().changes().accounts()).isZero();
        assertThat(store.ledger(org.orgId())).isEmpty();
    }

    private void assertNothingWrittenTwice() {
        Map<String, Long> writes = org.audit().stream().filter(e -> !e.field().equals("Segments_Updated_At__c"))
                .collect(Collectors.groupingBy(e -> e.recordId() + "/" + e.field(), Collectors.counting()));
        assertThat(writes.values()).allSatisfy(count -> assertThat(count).isEqualTo(1L));
    }

    private SyncReport dryRun() {
        return job().run(credentials(), new SyncRequest(AS_OF, true));
    }

    private SyncJob job() {
        return job(SyncSettings.defaults());
    }

    private SyncJob job(SyncSettings settings) {
        return SyncRuntime.builder().resilience(SyncHarness.FAST_RETRIES).sync(settings).store(store).build()
                .job(SegmentationConfig.defaults());
    }

    private OrgAccess credentials() {
        return SyncHarness.credentials(org);
    }

}
