package dev.tiersync.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.sync.InMemorySnapshotStore;
import dev.tiersync.sync.PlannedRecord;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncListener;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.SyncStatus;
import dev.tiersync.sync.WriteNotPermittedException;
import dev.tiersync.sync.WritePermit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tier history as Segment_Change__c records, through force-wsc against an emulated org. */
class SegmentChangeSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T06:00:00Z");
    private static final int ACCOUNTS = 450;

    private EmulatedOrg org;
    private OrgAccess credentials;
    private final InMemorySnapshotStore store = new InMemorySnapshotStore();

    @BeforeEach
    void startOrg() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 7, AS_OF)));
        credentials = SyncHarness.credentials(org);
    }

    @AfterEach
    void stopOrg() {
        org.close();
    }

    @Test
    void theFirstRunRecordsEveryAccountsFirstTierAsAChangeFromBlankThroughCreateCallsOfTwoHundred() throws ConnectionException {
        SyncReport report = job(NOW, SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false));

        assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(report.records().created()).isEqualTo(ACCOUNTS);
        assertThat(org.calls().count("create")).isEqualTo(3);
        List<SObject> changes = ForceWscQueries.all(connection(), "SELECT Id, Account__c, From_Tier__c, To_Tier__c, Segment__c, "
                + "Changed_On__c, Run_Id__c, Change_Key__c FROM Segment_Change__c");
        assertThat(changes).hasSize(ACCOUNTS);
        Map<String, String> tiers = org.store().records("Account").stream()
                .collect(Collectors.toMap(StoredRecord::id, record -> record.get("Tier__c")));
        for (SObject change : changes) {
            String account = (String) change.getField("Account__c");
            assertThat(change.getField("From_Tier__c")).as("a first tier comes from blank").isNull();
            assertThat(change.getField("To_Tier__c")).isEqualTo(tiers.get(account));
            assertThat(change.getField("Changed_On__c")).isEqualTo("2025-06-01");
            assertThat(change.getField("Run_Id__c")).isEqualTo("20250601T060000Z");
            assertThat(change.getField("Change_Key__c")).isEqualTo(account + "-0");
        }
    }

    @Test
    void aTierChangeCreatesExactlyOneChangeFromTheOldTierToTheNew() throws ConnectionException {
        job(NOW, SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false));
        StoredRecord account = org.store().records("Account").get(0);
        String rightTier = account.get("Tier__c");
        String wrongTier = "D".equals(rightTier) ? "A" : "D";
        org.store().put("Account", account.id(), "Tier__c", wrongTier);

        SyncReport second = job(NOW.plusSeconds(3600), SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false));

        assertThat(second.records().created()).isEqualTo(1);
        assertThat(second.records().toCreate()).extracting(PlannedRecord::subjectId).containsExactly(account.id());
        List<SObject> changes = ForceWscQueries.all(connection(), "SELECT From_Tier__c, To_Tier__c FROM Segment_Change__c "
                + "WHERE Account__c = '" + account.id() + "' AND From_Tier__c != null");
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.getField("From_Tier__c")).isEqualTo(wrongTier);
            assertThat(change.getField("To_Tier__c")).isEqualTo(rightTier);
        });
        assertThat(org.store().count("Segment_Change__c")).isEqualTo(ACCOUNTS + 1);
    }

    @Test
    void anUnchangedRunCreatesNone() {
        job(NOW, SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false));
        int creates = org.calls().count("create");

        SyncReport second = job(NOW.plusSeconds(3600), SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false));

        assertThat(second.records().toCreate()).isEmpty();
        assertThat(second.records().created()).isZero();
        assertThat(org.calls().count("create")).isEqualTo(creates);
        assertThat(org.store().count("Segment_Change__c")).isEqualTo(ACCOUNTS);
    }

    @Test
    void aRunStoppedAfterCreatingChangesAndBeforeUpdatingTheirAccountsCreatesNoneTwiceWhenRunAgain() {
        SyncReport stopped = job(NOW, SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false),
                stopsBeforeCall(2), SyncListener.NONE);
        assertThat(stopped.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(stopped.records().created()).isEqualTo(200);
        assertThat(stopped.writes().accounts()).isZero();

        SyncReport resumed = job(NOW.plusSeconds(3600), SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false));

        assertThat(resumed.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(resumed.writes().accounts()).isEqualTo(ACCOUNTS);
        assertThat(resumed.records().alreadyThere()).isEqualTo(200);
        assertThat(resumed.records().created()).isEqualTo(ACCOUNTS - 200);
        assertOneChangePerAccount();
    }

    @Test
    void aRunKilledHalfWayThroughItsWritesFinishesWhenRunAgainWithNoChangeCreatedTwice() {
        // create 200, update 200, create 200, then stopped before the second update
        SyncReport stopped = job(NOW, SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false),
                stopsBeforeCall(4), SyncListener.NONE);
        assertThat(stopped.records().created()).isEqualTo(400);
        assertThat(stopped.writes().accounts()).isEqualTo(200);

        SyncReport resumed = job(NOW.plusSeconds(3600), SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false));

        assertThat(resumed.writes().accounts()).isEqualTo(ACCOUNTS - 200);
        assertThat(resumed.records().alreadyThere()).isEqualTo(200);
        assertThat(resumed.records().created()).isEqualTo(ACCOUNTS - 400);
        assertOneChangePerAccount();
        SyncReport after = job(NOW.plusSeconds(7200), SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false));
        assertThat(after.records().toCreate()).isEmpty();
    }

    @Test
    void aDryRunListsTheChangesItWouldCreateAndCreatesNone() {
        SyncReport dry = job(NOW, SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, true));

        assertThat(dry.records().toCreate()).hasSize(ACCOUNTS);
        assertThat(dry.records().toCreate()).allSatisfy(planned -> {
            assertThat(planned.object()).isEqualTo("Segment_Change__c");
            assertThat(planned.summary()).startsWith("tier blank to ");
        });
        assertThat(dry.records().created()).isZero();
        assertThat(org.calls().count("create")).isZero();
        assertThat(org.store().count("Segment_Change__c")).isZero();
    }

    @Test
    void changesAboveTheBulkThresholdGoThroughABulkInsertJob() {
        SyncReport report = job(NOW, SyncSettings.custom().bulkThresholds(100, 50_000).build())
                .run(credentials, new SyncRequest(AS_OF, false));

        assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(report.records().created()).isEqualTo(ACCOUNTS);
        assertThat(org.calls().count("create")).isZero();
        assertOneChangePerAccount();
    }

    @Test
    void theRetentionDeletesChangesOlderThanItsPeriodAndADryRunListsThem() {
        job(NOW, SyncSettings.defaults()).run(credentials, new SyncRequest(AS_OF, false));
        StoredRecord account = org.store().records("Account").get(0);
        org.store().put("Account", account.id(), "Tier__c", "D".equals(account.get("Tier__c")) ? "A" : "D");
        Instant twoYearsOn = NOW.plus(Period.ofDays(730));
        SyncSettings keepOneYear = SyncSettings.custom().segmentChangeRetention(Period.ofYears(1)).build();

        SyncReport dry = job(twoYearsOn, keepOneYear).run(credentials, new SyncRequest(AS_OF, true));
        SyncReport kept = job(twoYearsOn, keepOneYear).run(credentials, new SyncRequest(AS_OF, false));

        assertThat(dry.records().toDelete()).hasSize(ACCOUNTS);
        assertThat(kept.records().deleted()).isEqualTo(ACCOUNTS);
        assertThat(kept.records().created()).isEqualTo(1);
        assertThat(org.store().records("Segment_Change__c").stream().filter(record -> !"true".equals(record.get("IsDeleted"))))
                .singleElement().satisfies(record -> assertThat(record.get("Account__c")).isEqualTo(account.id()));
    }

    private void assertOneChangePerAccount() {
        Map<String, Long> perAccount = org.store().records("Segment_Change__c").stream()
                .collect(Collectors.groupingBy(record -> record.get("Account__c"), Collectors.counting()));
        assertThat(perAccount).hasSize(ACCOUNTS);
        assertThat(perAccount.values()).allSatisfy(count -> assertThat(count).isEqualTo(1L));
    }

    /** A permit that lets the run make {@code calls - 1} write calls and stops it before the next, as a lost lease does. */
    private static WritePermit stopsBeforeCall(int calls) {
        int[] checks = new int[1];
        return () -> {
            if (++checks[0] >= calls) {
                throw new WriteNotPermittedException("the run was stopped");
            }
        };
    }

    private SyncJob job(Instant now, SyncSettings settings) {
        return SyncHarness.job(Clock.fixed(now, ZoneOffset.UTC), settings, store);
    }

    private PartnerConnection connection() throws ConnectionException {
        com.sforce.ws.ConnectorConfig config = new com.sforce.ws.ConnectorConfig();
        config.setAuthEndpoint(org.authEndpoint());
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);
        return com.sforce.soap.partner.Connector.newConnection(config);
    }

    /** Every record a query matches, page after page. */
    static final class ForceWscQueries {
        private ForceWscQueries() {
        }

        static List<SObject> all(PartnerConnection connection, String soql) throws ConnectionException {
            List<SObject> records = new ArrayList<>();
            var page = connection.query(soql);
            records.addAll(List.of(page.getRecords()));
            while (!page.isDone()) {
                page = connection.queryMore(page.getQueryLocator());
                records.addAll(List.of(page.getRecords()));
            }
            return records;
        }
    }
}
