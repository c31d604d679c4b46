package dev.tiersync.sync;

import static dev.tiersync.testdata.AccountBuilder.anAccount;
import static dev.tiersync.testdata.OpportunityBuilder.aWonDeal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.fields.FieldRole;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.RequestLimitExceededException;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.testdata.InMemoryOrg;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyncJobTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
    private static final SyncRequest REQUEST = new SyncRequest(LocalDate.of(2025, 1, 1), false);
    private static final OrgAccess CREDENTIALS = new OrgAccess("test",
            new OrgCredentials(URI.create("http://127.0.0.1:1"), "admin@tiersync.local", Secret.of("pw")));

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void writesEveryValueAndTheTimestampOfAccountsThatChanged() {
        InMemoryOrg org = new InMemoryOrg()
                .with(anAccount("big").build(), anAccount("none").build())
                .with(aWonDeal().forAccount("big").worth("1000").closedOn("2023-06-01").build(),
                        aWonDeal().forAccount("big").worth("1000").closedOn("2024-06-01").build());

        SyncReport report = job(org).run(CREDENTIALS, REQUEST);

        assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
        FieldValues big = org.account("big").current();
        assertThat(big.get(AccountFields.TIER)).isEqualTo(Tier.A);
        assertThat(big.get(AccountFields.SEGMENT)).isEqualTo("Core");
        assertThat(big.get(AccountFields.REASONS)).startsWith("Tier A: $1k won in 12 mo");
        assertThat(big.get(AccountFields.SEGMENTS_UPDATED_AT)).isEqualTo(NOW);
        assertThat(org.account("none").current().get(AccountFields.TIER)).isEqualTo(Tier.PROSPECT);
        // two accounts are too few to learn a fit from: Fit_Tier__c is written Unknown, Fit_Score__c stays blank;
        // the org records no activities, so Engagement__c stays blank too; Decision_Chain__c is Unknown
        assertThat(org.updateCalls().get(0).get(0).changed()).containsAll(AccountFields.ALL.withRole(FieldRole.COMPUTED).stream()
                .filter(field -> field != AccountFields.PREVIOUS_TIER && field != AccountFields.FIT_SCORE
                        && field != AccountFields.ENGAGEMENT).toList())
                .doesNotContain(AccountFields.PREVIOUS_TIER, AccountFields.FIT_SCORE, AccountFields.ENGAGEMENT);
        assertThat(big.get(AccountFields.FIT_TIER)).isEqualTo(FitTier.UNKNOWN);
        assertThat(big.get(AccountFields.DECISION_CHAIN)).isEqualTo(dev.tiersync.domain.behaviour.DecisionChain.UNKNOWN);
        assertThat(report.changes().accounts()).isEqualTo(2);
        assertThat(report.writes().accounts()).isEqualTo(2);
        assertThat(report.findings().tiers()).containsEntry(Tier.A, 1).containsEntry(Tier.PROSPECT, 1);
        assertThat(report.findings().segments()).containsEntry("Core", 1).containsEntry("Prospects", 1);
    }

    @Test
    void aSecondRunOnUnchangedDataMakesNoUpdateCall() {
        InMemoryOrg org = new InMemoryOrg()
                .with(anAccount("a").build(), anAccount("b").build())
                .with(aWonDeal().forAccount("a").closedOn("2024-06-01").build());
        SyncJob job = job(org);
        job.run(CREDENTIALS, REQUEST);
        int callsAfterFirstRun = org.updateCalls().size();

        SyncReport second = job.run(CREDENTIALS, REQUEST);

        assertThat(org.updateCalls()).hasSize(callsAfterFirstRun);
        assertThat(second.changes().accounts()).isZero();
        assertThat(second.status()).isEqualTo(SyncStatus.SUCCEEDED);
    }

    @Test
    void onlyTheFieldAUserChangedIsWrittenBack() {
        InMemoryOrg org = new InMemoryOrg().with(anAccount("a").build());
        IntStream.range(0, 9).forEach(i -> org.with(anAccount("other" + i).build()));
        SyncJob job = job(org);
        job.run(CREDENTIALS, REQUEST);
        Account a = org.account("a");
        FieldValues v = a.current();
        org.replace(a.withCurrent(v.with(AccountFields.TIER, Tier.B)));

        job.run(CREDENTIALS, REQUEST);

        List<dev.tiersync.salesforce.AccountUpdate> last = org.updateCalls().get(org.updateCalls().size() - 1);
        assertThat(last).singleElement().satisfies(update -> {
            assertThat(update.accountId()).isEqualTo("a");
            assertThat(update.changed()).containsExactlyInAnyOrder(AccountFields.TIER, AccountFields.PREVIOUS_TIER);
            assertThat(update.values().get(AccountFields.PREVIOUS_TIER)).isEqualTo(Tier.B);
        });
        assertThat(org.account("a").current().get(AccountFields.TIER)).isEqualTo(Tier.PROSPECT);
    }

    @Test
    void aReasonsTextOrAValueScoreThatDriftedUnderAPointIsNotWorthAWriteOnItsOwn() {
        InMemoryOrg org = new InMemoryOrg().with(anAccount("a").build());
        IntStream.range(0, 9).forEach(i -> org.with(anAccount("other" + i).build()));
        SyncJob job = job(org);
        job.run(CREDENTIALS, REQUEST);
        Account a = org.account("a");
        FieldValues v = a.current();
        org.replace(a.withCurrent(v.with(AccountFields.VALUE_SCORE, v.get(AccountFields.VALUE_SCORE) + 0.4)
                .with(AccountFields.REASONS, "older wording")));
        int calls = org.updateCalls().size();

        SyncReport drifted = job.run(CREDENTIALS, REQUEST);

        assertThat(drifted.changes().accounts()).isZero();
        assertThat(org.updateCalls()).hasSize(calls);
        org.replace(a.withCurrent(org.account("a").current().with(AccountFields.TIER, Tier.D)));
        SyncReport material = job.run(CREDENTIALS, REQUEST);
        assertThat(material.changes().accounts()).isEqualTo(1);
        assertThat(org.updateCalls().get(org.updateCalls().size() - 1).get(0).changed())
                .as("the drifted score and reasons ride along with the tier").contains(AccountFields.TIER,
                        AccountFields.VALUE_SCORE, AccountFields.REASONS);
    }

    @Test
    void aRunThatMayNoLongerWriteStopsBeforeItsNextWriteCall() {
        InMemoryOrg org = new InMemoryOrg();
        IntStream.range(0, 450).forEach(i -> org.with(anAccount("acc" + i).build()));
        int[] checks = new int[1];
        WritePermit leaseLostAfterOneCall = () -> {
            if (++checks[0] > 1) {
                throw new WriteNotPermittedException("this node lost its lease on the org");
            }
        };

        SyncReport report = job(org).run(CREDENTIALS, REQUEST, leaseLostAfterOneCall, SyncListener.NONE);

        // the first write call creates the Segment_Change__c records of the first 200 accounts' first tiers, which go
        // just before those accounts' update
        assertThat(org.created()).hasSize(200);
        assertThat(org.updateCalls()).isEmpty();
        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.run().error()).contains("lost its lease");
        assertThat(report.records().created()).isEqualTo(200);
        assertThat(report.writes().accounts()).isZero();
    }

    @Test
    void writesInChunksOfTwoHundred() {
        InMemoryOrg org = new InMemoryOrg();
        IntStream.range(0, 450).forEach(i -> org.with(anAccount("acc" + i).build()));

        job(org).run(CREDENTIALS, REQUEST);

        assertThat(org.updateCalls()).extracting(List::size).containsExactly(200, 200, 50);
    }

    @Test
    void aRejectedRecordIsReportedAndTheRestOfItsChunkIsWritten() {
        InMemoryOrg org = new InMemoryOrg()
                .with(anAccount("ok1").build(), anAccount("bad").build(), anAccount("ok2").build())
                .rejecting(Set.of("bad"));

        SyncReport report = job(org).run(CREDENTIALS, REQUEST);

        assertThat(report.status()).isEqualTo(SyncStatus.PARTIALLY_FAILED);
        assertThat(report.writes().accounts()).isEqualTo(2);
        assertThat(report.writes().failures()).singleElement().satisfies(failure -> {
            assertThat(failure.accountId()).isEqualTo("bad");
            assertThat(failure.statusCode()).isEqualTo("FIELD_CUSTOM_VALIDATION_EXCEPTION");
        });
        assertThat(org.account("ok2").current().get(AccountFields.TIER)).isEqualTo(Tier.PROSPECT);
    }

    @Test
    void aDryRunPlansTheChangesAndWritesNothing() {
        InMemoryOrg org = new InMemoryOrg().with(anAccount("a").build());

        SyncReport report = job(org).run(CREDENTIALS, new SyncRequest(REQUEST.asOf(), true));

        assertThat(org.updateCalls()).isEmpty();
        assertThat(report.run().dryRun()).isTrue();
        assertThat(report.changes().accounts()).isEqualTo(1);
        assertThat(report.writes().accounts()).isZero();
        assertThat(org.account("a").current().get(AccountFields.TIER)).isNull();
    }

    @Test
    void reachingTheApiLimitDefersTheRunAndKeepsWhatWasWritten() {
        InMemoryOrg org = new InMemoryOrg()
                .failingUpdateCall(2, new RequestLimitExceededException("REQUEST_LIMIT_EXCEEDED",
                        "update failed: REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.", null));
        IntStream.range(0, 300).forEach(i -> org.with(anAccount("acc" + i).build()));

        SyncReport report = job(org).run(CREDENTIALS, REQUEST);

        assertThat(report.status()).isEqualTo(SyncStatus.DEFERRED);
        assertThat(report.writes().accounts()).isEqualTo(200);
        assertThat(report.run().error()).contains("REQUEST_LIMIT_EXCEEDED");
    }

    @Test
    void anUnreachableOrgFailsTheRunWithTheReason() {
        SyncJob job = SyncRuntime.builder().clock(clock).connector(access -> {
            throw new SalesforceUnavailableException("TRANSPORT_ERROR", "login failed: could not reach Salesforce", null);
        }).build().job(SegmentationConfig.defaults());

        SyncReport report = job.run(CREDENTIALS, REQUEST);

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.run().error()).isEqualTo("login failed: could not reach Salesforce");
        assertThat(report.assessed().accounts()).isZero();
        assertThat(report.api().calls()).isZero();
    }

    @Test
    void opportunitiesWithoutAKnownAccountAreCountedAndSkipped() {
        InMemoryOrg org = new InMemoryOrg()
                .with(anAccount("a").build())
                .with(aWonDeal().forAccount("a").closedOn("2024-06-01").build(),
                        aWonDeal().forAccount(null).build(),
                        aWonDeal().forAccount("001GONE").build());

        SyncReport report = job(org).run(CREDENTIALS, REQUEST);

        assertThat(report.assessed().opportunities()).isEqualTo(3);
        assertThat(report.assessed().opportunitiesWithoutAccount()).isEqualTo(2);
        assertThat(org.account("a").current().get(AccountFields.TIER)).isEqualTo(Tier.A);
    }

    @Test
    void aRepsPinSetsTheTierWhileModelTierKeepsTheModels() {
        InMemoryOrg org = new InMemoryOrg().with(new Account("pinned", "Pinned Co", "Technology", null, 50, "US", "Customer", null,
                NOW, FieldValues.NONE, new dev.tiersync.domain.Pin(Tier.A, LocalDate.of(2030, 1, 1), "strategic logo")));

        job(org).run(CREDENTIALS, REQUEST);

        FieldValues written = org.account("pinned").current();
        assertThat(written.get(AccountFields.TIER)).isEqualTo(Tier.A);
        assertThat(written.get(AccountFields.MODEL_TIER)).isEqualTo(Tier.PROSPECT);
        assertThat(written.get(AccountFields.REASONS)).startsWith("Pinned to A until 2030-01-01 (strategic logo). Model: Tier Prospect");
        assertThat(written.get(AccountFields.TIER_CHANGED_ON)).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void anExpiredPinNoLongerHolds() {
        InMemoryOrg org = new InMemoryOrg().with(new Account("old", "Old Pin", "Technology", null, 50, "US", "Customer", null,
                NOW, FieldValues.NONE, new dev.tiersync.domain.Pin(Tier.A, LocalDate.of(2024, 12, 31), null)));

        job(org).run(CREDENTIALS, REQUEST);

        assertThat(org.account("old").current().get(AccountFields.TIER)).isEqualTo(Tier.PROSPECT);
    }

    @Test
    void theSafetyBrakeStopsAMassTierChangeBeforeAnyWriteUnlessForced() {
        InMemoryOrg org = new InMemoryOrg();
        IntStream.range(0, 10).forEach(i -> org.with(anAccount("acc" + i).withCurrentTier(Tier.A).build()));

        SyncReport braked = job(org).run(CREDENTIALS, REQUEST);

        assertThat(braked.status()).isEqualTo(SyncStatus.BRAKED);
        assertThat(braked.run().error()).contains("10 of 10 accounts (100%) would change tier", "over the 30% allowed");
        assertThat(org.updateCalls()).isEmpty();

        SyncReport forced = job(org).run(CREDENTIALS, new SyncRequest(REQUEST.asOf(), false, true));

        assertThat(forced.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(org.account("acc0").current().get(AccountFields.TIER)).isEqualTo(Tier.PROSPECT);
        assertThat(org.account("acc0").current().get(AccountFields.PREVIOUS_TIER)).isEqualTo(Tier.A);
    }

    @Test
    void aDryRunReportsChangesPerFieldWithSamplesAndTheCallsTheyWouldTake() {
        InMemoryOrg org = new InMemoryOrg();
        IntStream.range(0, 250).forEach(i -> org.with(anAccount("acc" + i).build()));

        SyncReport report = job(org).run(CREDENTIALS, new SyncRequest(REQUEST.asOf(), true));

        assertThat(report.changes().byField()).containsEntry(AccountFields.TIER, 250).containsEntry(AccountFields.SEGMENT, 250);
        assertThat(report.changes().samples()).hasSize(5).first().satisfies(change -> {
            assertThat(change.before()).isNull();
            assertThat(change.after()).isNotNull();
        });
        assertThat(report.changes().plannedCalls()).isEqualTo(2);
        assertThat(org.updateCalls()).isEmpty();
    }

    @Test
    void writePoliciesKeepTierSyncOffFieldsPeopleOwn() {
        InMemoryOrg org = new InMemoryOrg().with(new Account("a", "A Co", "Technology", null, 50, "US", "Customer", null, NOW,
                FieldValues.NONE.with(AccountFields.SEGMENT, "Hand-picked"),
                dev.tiersync.domain.Pin.NONE));
        SyncSettings settings = SyncSettings.custom()
                .writePolicy(AccountFields.SEGMENT, WritePolicy.ONLY_IF_BLANK)
                .writePolicy(AccountFields.REASONS, WritePolicy.NEVER)
                .writePolicy(AccountFields.REGION, WritePolicy.ONLY_IF_BLANK)
                .build();

        job(org, settings).run(CREDENTIALS, REQUEST);

        FieldValues written = org.account("a").current();
        assertThat(org.updateCalls().get(0).get(0).changed()).doesNotContain(AccountFields.SEGMENT, AccountFields.REASONS)
                .contains(AccountFields.REGION, AccountFields.TIER);
        assertThat(written.get(AccountFields.TIER)).isEqualTo(Tier.PROSPECT);
    }

    private SyncJob job(InMemoryOrg org) {
        return job(org, SyncSettings.defaults());
    }

    private SyncJob job(InMemoryOrg org, SyncSettings settings) {
        return SyncRuntime.builder().clock(clock).connector(org).sync(settings).build().job(SegmentationConfig.defaults());
    }
}
