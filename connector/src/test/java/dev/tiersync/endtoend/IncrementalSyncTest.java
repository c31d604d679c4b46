package dev.tiersync.endtoend;

import static dev.tiersync.endtoend.SyncHarness.assertNothingWrittenTwice;
import static dev.tiersync.endtoend.SyncHarness.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.FaultPlan;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.emulator.junit.MutableClock;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import dev.tiersync.sync.LedgerEntry;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.SyncStatus;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after the first pull only what changed, through force-wsc against the emulator, with the
 * snapshot in an embedded database file.
 */
class IncrementalSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final int ACCOUNTS = 600;

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T06:00:00Z"));
    private EmulatedOrg org;
    private JdbcSnapshotStore store;

    @BeforeEach
    void start() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 11, AS_OF)).withClock(clock));
        store = JdbcSnapshotStore.open(StoreSettings.embedded(directory));
    }

    @AfterEach
    void stop() {
        store.close();
        org.close();
    }

    @Test
    void aRunAfterTheFirstPullsOnlyTheRecordsThatChangedAndAssessesEveryAccount() throws Exception {
        SyncReport first = run();
        clock.advance(Duration.ofHours(1));
        SyncReport settle = run();
        clock.advance(Duration.ofHours(1));
        UserSession user = new UserSession(org);
        List<StoredRecord> accounts = org.store().records("Account");
        List<StoredRecord> opportunities = org.store().records("Opportunity");
        for (int i = 0; i < 3; i++) {
            user.set("Account", accounts.get(i * 100).id(), "NumberOfEmployees", 90_000);
        }
        for (int i = 0; i < 5; i++) {
            user.set("Opportunity", opportunities.get(i * 300).id(), "Name", "Renewal, edited by a rep");
        }
        clock.advance(Duration.ofHours(1));
        int queryAllsBefore = org.calls().count("queryAll");

        SyncReport changed = run();

        assertThat(first.pull().full()).isTrue();
        assertThat(first.pull().accounts()).isEqualTo(ACCOUNTS);
        assertThat(settle.pull().full()).isFalse();
        assertThat(settle.pull().accounts()).as("the accounts the first run wrote, pulled back once").isEqualTo(ACCOUNTS);
        assertThat(settle.pull().opportunities()).isZero();
        assertThat(settle.writes().accounts()).isZero();
        assertThat(changed.pull().full()).isFalse();
        assertThat(changed.pull().accounts()).isEqualTo(3);
        assertThat(changed.pull().opportunities()).isEqualTo(5);
        assertThat(changed.assessed().accounts()).as("every account assessed").isEqualTo(ACCOUNTS);
        assertThat(changed.assessed().opportunities()).isEqualTo(first.assessed().opportunities());
        assertThat(changed.changes().byField()).containsKey(dev.tiersync.domain.catalog.AccountFields.SIZE_BAND);
        assertThat(org.calls().count("queryAll") - queryAllsBefore).as("accounts, opportunities and the 5 behaviour objects")
                .isEqualTo(2 + dev.tiersync.domain.behaviour.RelatedObject.values().length);
        assertThat(dryRun().changes().accounts()).isZero();
        assertNothingWrittenTwice(org);
    }

    @Test
    void recordsDeletedInTheOrgLeaveTheSnapshotOnTheNextRun() throws Exception {
        run();
        clock.advance(Duration.ofHours(1));
        UserSession user = new UserSession(org);
        String account = org.store().records("Account").get(7).id();
        String opportunity = org.store().records("Opportunity").stream()
                .filter(o -> !account.equals(o.get("AccountId"))).findFirst().orElseThrow().id();
        user.delete(account);
        user.delete(opportunity);
        clock.advance(Duration.ofHours(1));

        SyncReport next = run();

        assertThat(next.pull().deleted()).isGreaterThanOrEqualTo(2);
        assertThat(next.assessed().accounts()).isEqualTo(ACCOUNTS - 1);
        assertThat(store.cursor(org.orgId()).orElseThrow().pulledUpTo()).isAfter(clock.instant().minus(Duration.ofMinutes(1)));
    }

    @Test
    void theSnapshotSurvivesARestartAndTheNextRunStaysIncremental() {
        run();
        store.close();
        store = JdbcSnapshotStore.open(StoreSettings.embedded(directory));
        clock.advance(Duration.ofHours(1));

        SyncReport afterRestart = run();

        assertThat(afterRestart.pull().full()).isFalse();
        assertThat(afterRestart.pull().opportunities()).isZero();
        assertThat(afterRestart.assessed().accounts()).isEqualTo(ACCOUNTS);
        assertThat(afterRestart.changes().accounts()).as(afterRestart.changes().byField().toString()).isZero();
    }

    @Test
    void everythingIsPulledAgainWhenTheWeeklyReconciliationIsDueAndWhenAskedFor() {
        run();
        clock.advance(Duration.ofDays(6));
        SyncReport sixDays = run();
        clock.advance(Duration.ofDays(2));
        SyncReport eightDays = run();
        clock.advance(Duration.ofHours(1));
        SyncReport asked = job(SyncSettings.defaults()).run(credentials(org), new SyncRequest(AS_OF, false, false, true));

        assertThat(sixDays.pull().full()).isFalse();
        assertThat(eightDays.pull().full()).isTrue();
        assertThat(eightDays.pull().reason()).contains("reconciliation due");
        assertThat(asked.pull().full()).isTrue();
        assertThat(asked.pull().reason()).contains("asked for");
        assertThat(asked.pull().accounts()).isEqualTo(ACCOUNTS);
    }

    @Test
    void aFullPullRemovesWhatTheSnapshotHoldsButTheOrgNoLongerHas() throws Exception {
        run();
        clock.advance(Duration.ofHours(1));
        String gone = org.store().records("Account").get(3).id();
        new UserSession(org).delete(gone);
        // Deleted and purged before any incremental run saw it: only a full pull can notice.
        SyncReport full = job(SyncSettings.defaults()).run(credentials(org), new SyncRequest(AS_OF, false, false, true));

        assertThat(full.pull().removed()).isGreaterThanOrEqualTo(1);
        assertThat(full.assessed().accounts()).isEqualTo(ACCOUNTS - 1);
    }

    @Test
    void aRunThatCrashedMidWriteIsFinishedByTheNextWithoutWritingAnyValueTwice() {
        AtomicInteger updateCalls = new AtomicInteger();
        OrgConnector crashing = credentials -> crashOnThirdUpdate(SyncHarness.connector(WscSettings.defaults()).open(credentials),
                updateCalls);
        try {
            SyncHarness.job(crashing, clock, SyncSettings.defaults(), store).run(credentials(org), new SyncRequest(AS_OF, false));
        } catch (IllegalStateException crash) {
            assertThat(crash).hasMessageContaining("process died");
        }
        int writtenBeforeCrash = (int) org.audit().stream().filter(e -> e.field().equals("Tier__c")).count();
        store.close();
        store = JdbcSnapshotStore.open(StoreSettings.embedded(directory));
        clock.advance(Duration.ofMinutes(5));

        SyncReport resumed = run();

        assertThat(writtenBeforeCrash).isEqualTo(2 * 200);
        assertThat(resumed.pull().full()).isFalse();
        assertThat(resumed.writes().accounts()).isEqualTo(ACCOUNTS - writtenBeforeCrash);
        assertThat(dryRun().changes().accounts()).isZero();
        assertNothingWrittenTwice(org);
    }

    @Test
    void aRefusedAccountStaysInTheLedgerAndIsWrittenByTheFirstRunAfterTheCauseIsFixed() {
        String refused = org.store().records("Account").get(5).id();
        org.injectFaults(FaultPlan.none().withValidationFailures(Set.of(refused)));
        SyncReport first = run();
        clock.advance(Duration.ofHours(1));
        SyncReport second = run();
        List<LedgerEntry> afterTwo = store.ledger(org.orgId());
        org.injectFaults(FaultPlan.none());
        clock.advance(Duration.ofHours(1));

        SyncReport fixed = run();

        assertThat(first.status()).isEqualTo(SyncStatus.PARTIALLY_FAILED);
        assertThat(second.writes().failures()).extracting(f -> f.accountId()).containsExactly(refused);
        assertThat(afterTwo).singleElement().satisfies(entry -> {
            assertThat(entry.accountId()).isEqualTo(refused);
            assertThat(entry.statusCode()).isEqualTo("FIELD_CUSTOM_VALIDATION_EXCEPTION");
            assertThat(entry.attempts()).isEqualTo(2);
        });
        assertThat(fixed.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(fixed.writes().accounts()).isEqualTo(1);
        assertThat(store.ledger(org.orgId())).isEmpty();
    }

    private SyncReport run() {
        SyncReport report = job(SyncSettings.defaults()).run(credentials(org), new SyncRequest(AS_OF, false));
        assertThat(report.run().error()).isNull();
        return report;
    }

    private SyncReport dryRun() {
        return job(SyncSettings.defaults()).run(credentials(org), new SyncRequest(AS_OF, true));
    }

    private SyncJob job(SyncSettings settings) {
        return SyncHarness.job(clock, settings, store);
    }

    /** A session whose process dies during its third update call, after the first two were written. */
    private static OrgSession crashOnThirdUpdate(OrgSession session, AtomicInteger updateCalls) {
        return (OrgSession) Proxy.newProxyInstance(OrgSession.class.getClassLoader(), new Class<?>[] {OrgSession.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("update") && updateCalls.incrementAndGet() == 3) {
                        throw new IllegalStateException("the process died");
                    }
                    try {
                        return method.invoke(session, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

}
