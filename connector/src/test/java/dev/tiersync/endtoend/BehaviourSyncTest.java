package dev.tiersync.endtoend;

import static dev.tiersync.endtoend.SyncHarness.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.behaviour.RelatedObject;
import dev.tiersync.emulator.AccountKind;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.emulator.junit.MutableClock;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.SyncStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync pulls the cases, activities, contacts and contact roles the rules use into its snapshot, by the same
 * cursor as accounts, and judges cost to serve, engagement and the decision chain from them; an org that denies
 * an object gets a line saying which rules went without it, and the run still succeeds.
 */
class BehaviourSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final int ACCOUNTS = 400;

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T06:00:00Z"));
    private EmulatedOrg org;
    private JdbcSnapshotStore store;
    private OrgData data;

    private void start(EmulatorSettings settings) {
        org = EmulatedOrg.start(settings.withClock(clock));
        store = JdbcSnapshotStore.open(StoreSettings.embedded(directory));
    }

    private EmulatorSettings engaged() {
        data = OrgData.generateWithEngagement(ACCOUNTS, 7, AS_OF);
        return EmulatorSettings.of(data);
    }

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
        if (org != null) {
            org.close();
        }
    }

    @Test
    void aFullSyncPullsEveryRelatedRecordAndWritesEngagementAndDecisionChain() {
        start(engaged());

        SyncReport report = run(SyncSettings.defaults());

        assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
        for (RelatedObject object : RelatedObject.values()) {
            assertThat(report.pull().related().pulled().get(object)).as(object.apiName())
                    .isEqualTo(org.store().records(object.apiName()).size()).isPositive();
        }
        assertThat(report.pull().related().skipped()).isEmpty();
        List<StoredRecord> accounts = org.store().records("Account");
        assertThat(accounts).allSatisfy(a -> assertThat(a.get("Decision_Chain__c")).isIn("Short", "Long", "Unknown"));
        assertThat(accounts).allSatisfy(a -> assertThat(a.get("Engagement__c")).isIn("High", "Medium", "Low", "None"));
        Map<String, Long> engagementOfStopped = accounts.stream()
                .filter(a -> data.kindOf(a.id()).orElseThrow() == AccountKind.STOPPED)
                .collect(Collectors.groupingBy(a -> a.get("Engagement__c"), Collectors.counting()));
        assertThat(engagementOfStopped.getOrDefault("High", 0L) + engagementOfStopped.getOrDefault("Medium", 0L))
                .as("customers that stopped buying hardly hear from us: " + engagementOfStopped).isZero();
        assertThat(accounts.stream().filter(a -> a.get("Segment_Reasons__c").contains("Engagement ")).count())
                .as("the reasons name engagement").isPositive();
        assertThat(share(accounts, AccountKind.SHRINKING, a -> "Low".equals(a.get("Engagement__c"))
                || "None".equals(a.get("Engagement__c")))).as("shrinking customers' activity faded").isGreaterThan(0.8);
        assertThat(share(accounts, AccountKind.SHRINKING, a -> !"None".equals(a.get("Churn_Risk__c"))))
                .as("and they are flagged for churn").isGreaterThan(0.9);
        assertThat(share(accounts, AccountKind.EXPANDING, a -> "High".equals(a.get("Engagement__c"))
                || "Medium".equals(a.get("Engagement__c")))).as("expanding customers meet us more")
                .isGreaterThan(share(accounts, AccountKind.STEADY, a -> "High".equals(a.get("Engagement__c"))
                        || "Medium".equals(a.get("Engagement__c"))));
        assertThat(share(accounts, AccountKind.EXPANDING, a -> "true".equals(a.get("Upsell_Candidate__c")))).isGreaterThan(0.9);
    }

    @Test
    void anIncrementalSyncPullsOnlyTheRelatedRecordsThatChangedAndLetsDeletedOnesGo() throws Exception {
        start(engaged());
        run(SyncSettings.defaults());
        clock.advance(Duration.ofHours(1));
        run(SyncSettings.defaults());
        clock.advance(Duration.ofHours(1));
        UserSession user = new UserSession(org);
        String gone = org.store().records("Case").get(0).id();
        user.delete(gone);
        user.set("Task", org.store().records("Task").get(3).id(), "Subject", "Follow-up");
        clock.advance(Duration.ofHours(1));

        SyncReport next = run(SyncSettings.defaults());

        assertThat(next.pull().full()).isFalse();
        assertThat(next.pull().related().pulled()).containsEntry(RelatedObject.CASES, 1).containsEntry(RelatedObject.TASKS, 1)
                .containsEntry(RelatedObject.EVENTS, 0).containsEntry(RelatedObject.CONTACTS, 0);
        int[] stored = new int[1];
        store.forEachRecord(org.orgId(), dev.tiersync.domain.catalog.CaseFields.ALL, c -> stored[0]++);
        assertThat(stored[0]).isEqualTo(org.store().records("Case").size() - 1);
    }

    @Test
    void anOrgThatDeniesCasesAndTasksGetsALineForEachAndTheRestOfTheRulesRun() {
        start(engaged().withoutAccessTo("Case", "Task"));

        SyncReport report = run(SyncSettings.defaults());

        assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(report.pull().related().skipped()).containsExactly(
                "no access to Case: the API user cannot read it (no permission, or the object is off in this org); "
                        + "cost to serve from cases skipped",
                "no access to Task: the API user cannot read it (no permission, or the object is off in this org); "
                        + "engagement from calls and emails skipped");
        assertThat(report.pull().related().readable()).containsExactlyInAnyOrder(RelatedObject.EVENTS, RelatedObject.CONTACTS,
                RelatedObject.CONTACT_ROLES);
        assertThat(org.store().records("Account")).allSatisfy(a -> assertThat(a.get("Engagement__c")).isNotNull());
    }

    @Test
    void anOrgWithoutAnyRelatedRecordsIsJudgedAsBeforeWithTheFlatCostToServe() {
        start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 7, AS_OF)));

        SyncReport report = run(SyncSettings.defaults());

        assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(report.pull().related().pulled().values()).containsOnly(0);
        assertThat(org.store().records("Account")).allSatisfy(a -> {
            assertThat(a.get("Engagement__c")).isNull();
            assertThat(a.get("Decision_Chain__c")).isEqualTo("Unknown");
        });
    }

    private double share(List<StoredRecord> accounts, AccountKind kind, java.util.function.Predicate<StoredRecord> test) {
        List<StoredRecord> ofKind = accounts.stream().filter(a -> data.kindOf(a.id()).orElseThrow() == kind).toList();
        return ofKind.stream().filter(test).count() / (double) ofKind.size();
    }

    private SyncReport run(SyncSettings settings) {
        return SyncHarness.job(clock, settings, store).run(credentials(org), new SyncRequest(AS_OF, false));
    }
}
