package dev.tiersync.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.salesforce.wsc.WscOrgConnector;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.sync.AccountOutcome;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real sync through force-wsc against an emulated org on a dynamic port. */
class EndToEndSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T06:00:00Z");

    private EmulatedOrg org;
    private SyncJob job;
    private OrgAccess credentials;

    @BeforeEach
    void startOrg() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(450, 7, AS_OF)));
        credentials = SyncHarness.credentials(org);
        job = SyncRuntime.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().job(SegmentationConfig.defaults());
    }

    @AfterEach
    void stopOrg() {
        org.close();
    }

    @Test
    void syncWritesEverySegmentFieldThatReadsBackThroughForceWsc() throws ConnectionException {
        SyncReport report = job.run(credentials, new SyncRequest(AS_OF, false));

        assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(report.assessed().accounts()).isEqualTo(450);
        assertThat(report.writes().accounts()).isEqualTo(450);
        assertThat(org.calls().count("update")).isEqualTo(3); // 450 accounts in calls of 200

        Map<String, SObject> readBack = readAccountsThroughForceWsc();
        assertThat(readBack).hasSize(450);
        Map<String, Integer> perTier = new HashMap<>();
        for (SObject account : readBack.values()) {
            String tier = (String) account.getField("Tier__c");
            assertThat(Tier.fromPicklistValue(tier)).as("Tier__c of %s", account.getId()).isPresent();
            assertThat(account.getField("Segments_Updated_At__c")).isEqualTo("2025-06-01T06:00:00.000Z");
            assertThat(account.getField("Segment__c")).isNotNull();
            assertThat(account.getField("Size_Band__c")).isIn("Small", "Mid-Market", "Enterprise", "Unknown");
            assertThat(account.getField("Region__c")).isIn("North America", "Latin America", "EMEA", "APAC", "Unknown");
            assertThat(Double.parseDouble((String) account.getField("Value_Score__c"))).isBetween(0.0, 100.0);
            assertThat(account.getField("Churn_Risk__c")).isIn("None", "Low", "Medium", "High");
            assertThat(account.getField("Upsell_Candidate__c")).isIn("true", "false");
            assertThat((String) account.getField("Segment_Reasons__c")).startsWith("Tier " + tier);
            perTier.merge(tier, 1, Integer::sum);
        }
        report.findings().tiers().forEach((tier, count) -> assertThat(perTier.get(tier.picklistValue())).isEqualTo(count));
    }

    @Test
    void tiersFollowTrailingRevenueAndAccountsThatNeverWonAreProspects() throws ConnectionException {
        SyncReport report = job.run(credentials, new SyncRequest(AS_OF, false));
        Map<String, SObject> readBack = readAccountsThroughForceWsc();
        Map<String, Boolean> everWon = accountsThatWonBefore(AS_OF);

        for (SObject account : readBack.values()) {
            boolean prospect = "Prospect".equals(account.getField("Tier__c"));
            assertThat(prospect).as("Prospect iff no win: %s", account.getId()).isEqualTo(!everWon.getOrDefault(account.getId(), false));
        }
        AccountOutcome biggest = report.findings().examples().stream()
                .max(java.util.Comparator.comparingDouble(AccountOutcome::trailingWonRevenue)).orElseThrow();
        assertThat(readBack.get(biggest.accountId()).getField("Tier__c")).as("the biggest spender").isEqualTo("A");
    }

    @Test
    void secondSyncOnUnchangedDataSendsNoUpdateAndLeavesSystemModstampAlone() {
        job.run(credentials, new SyncRequest(AS_OF, false));
        int updatesAfterFirst = org.calls().count("update");
        Map<String, String> modstamps = systemModstamps();

        SyncReport second = job.run(credentials, new SyncRequest(AS_OF, false));

        assertThat(second.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(second.changes().accounts()).isZero();
        assertThat(org.calls().count("update")).isEqualTo(updatesAfterFirst);
        assertThat(systemModstamps()).isEqualTo(modstamps);
    }

    @Test
    void onlyTheAccountAUserChangedIsWrittenAgain() {
        job.run(credentials, new SyncRequest(AS_OF, false));
        StoredRecord victim = org.store().records("Account").get(0);
        String rightTier = victim.get("Tier__c");
        String wrongTier = "D".equals(rightTier) ? "A" : "D";
        org.store().put("Account", victim.id(), "Tier__c", wrongTier);

        SyncReport second = job.run(credentials, new SyncRequest(AS_OF, false));

        assertThat(second.changes().accounts()).isEqualTo(1);
        assertThat(second.writes().accounts()).isEqualTo(1);
        assertThat(org.store().find(victim.id()).orElseThrow().get("Tier__c")).isEqualTo(rightTier);
    }

    @Test
    void dryRunWritesNothing() {
        SyncReport report = job.run(credentials, new SyncRequest(AS_OF, true));

        assertThat(report.changes().accounts()).isEqualTo(450);
        assertThat(org.calls().count("update")).isZero();
        assertThat(org.store().records("Account")).allSatisfy(account -> assertThat(account.get("Tier__c")).isNull());
    }

    @Test
    void aWrongPasswordFailsTheSyncWithSalesforcesReasonAndNoSecret() {
        OrgAccess wrong = new OrgAccess("test", new OrgCredentials(URI.create(org.loginUrl()), EmulatorSettings.DEFAULT_USERNAME,
                Secret.of("not-the-password")));

        SyncReport report = job.run(wrong, new SyncRequest(AS_OF, false));

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.run().error()).contains("INVALID_LOGIN").doesNotContain("not-the-password");
    }

    private Map<String, SObject> readAccountsThroughForceWsc() throws ConnectionException {
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(org.authEndpoint());
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);
        PartnerConnection connection = Connector.newConnection(config);
        connection.setQueryOptions(200);
        Map<String, SObject> accounts = new HashMap<>();
        QueryResult page = connection.query("SELECT Id, Tier__c, Segment__c, Size_Band__c, Region__c, Value_Score__c, "
                + "Churn_Risk__c, Upsell_Candidate__c, Segment_Reasons__c, Segments_Updated_At__c FROM Account");
        while (true) {
            for (SObject record : page.getRecords()) {
                accounts.put(record.getId(), record);
            }
            if (page.isDone()) {
                return accounts;
            }
            page = connection.queryMore(page.getQueryLocator());
        }
    }

    private Map<String, Boolean> accountsThatWonBefore(LocalDate day) {
        return org.store().records("Opportunity").stream()
                .filter(o -> "true".equals(o.get("IsWon")) && o.get("AccountId") != null
                        && LocalDate.parse(o.get("CloseDate")).isBefore(day))
                .collect(Collectors.toMap(o -> o.get("AccountId"), o -> true, (a, b) -> a));
    }

    private Map<String, String> systemModstamps() {
        return org.store().records("Account").stream()
                .collect(Collectors.toMap(StoredRecord::id, a -> a.get("SystemModstamp")));
    }
}
