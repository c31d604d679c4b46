package dev.tiersync.sync;

import static dev.tiersync.testdata.AccountBuilder.anAccount;
import static dev.tiersync.testdata.OpportunityBuilder.aWonDeal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.TierSyncField;
import dev.tiersync.domain.TierSyncValues;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
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
    private static final OrgCredentials CREDENTIALS =
            new OrgCredentials(URI.create("http://127.0.0.1:1"), "admin@tiersync.local", Secret.of("pw"));

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void writesEveryValueAndTheTimestampOfAccountsThatChanged() {
        InMemoryOrg org = new InMemoryOrg()
                .with(anAccount("big").build(), anAccount("none").build())
                .with(aWonDeal().forAccount("big").worth("1000").closedOn("2023-06-01").build(),
                        aWonDeal().forAccount("big").worth("1000").closedOn("2024-06-01").build());

        SyncReport report = job(org).run(CREDENTIALS, REQUEST);

        assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
        TierSyncValues big = org.account("big").current();
        assertThat(big.tier()).isEqualTo(Tier.A);
        assertThat(big.segment()).isEqualTo("Core");
        assertThat(big.reasons()).startsWith("Tier A: $1k won in 12 mo");
        assertThat(big.segmentsUpdatedAt()).isEqualTo(NOW);
        assertThat(org.account("none").current().tier()).isEqualTo(Tier.PROSPECT);
        assertThat(org.updateCalls().get(0).get(0).changed()).containsAll(java.util.EnumSet.complementOf(
                java.util.EnumSet.of(TierSyncField.PREVIOUS_TIER))).doesNotContain(TierSyncField.PREVIOUS_TIER);
        assertThat(report.accountsChanged()).isEqualTo(2);
        assertThat(report.accountsWritten()).isEqualTo(2);
        assertThat(report.tierDistribution()).containsEntry(Tier.A, 1).containsEntry(Tier.PROSPECT, 1);
        assertThat(report.segmentDistribution()).containsEntry("Core", 1).containsEntry("Prospects", 1);
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
        assertThat(second.accountsChanged()).isZero();
        assertThat(second.status()).isEqualTo(SyncStatus.SUCCEEDED);
    }

    @Test
    void onlyTheFieldAUserChangedIsWrittenBack() {
        InMemoryOrg org = new InMemoryOrg().with(anAccount("a").build());
        IntStream.range(0, 9).forEach(i -> org.with(anAccount("other" + i).build()));
        SyncJob job = job(org);
        job.run(CREDENTIALS, REQUEST);
        Account a = org.account("a");
        TierSyncValues v = a.current();
        org.replace(a.withCurrent(v.withTier(Tier.B)));

        job.run(CREDENTIALS, REQUEST);

        List<dev.tiersync.salesforce.AccountUpdate> last = org.updateCalls().get(org.updateCalls().size() - 1);
        assertThat(last).singleElement().satisfies(update -> {
            assertThat(update.accountId()).isEqualTo("a");
            assertThat(update.changed()).containsExactlyInAnyOrder(TierSyncField.TIER, TierSyncField.PREVIOUS_TIER);
            assertThat(update.values().previousTier()).isEqualTo(Tier.B);
        });
        assertThat(org.account("a").current().tier()).isEqualTo(Tier.PROSPECT);
    }

    @Test
    void aReasonsTextOrAValueScoreThatDriftedUnderAPointIsNotWorthAWriteOnItsOwn() {
        InMemoryOrg org = new InMemoryOrg().with(anAccount("a").build());
        IntStream.range(0, 9).forEach(i -> org.with(anAccount("other" + i).build()));
        SyncJob job = job(org);
        job.run(CREDENTIALS, REQUEST);
        Account a = org.account("a");
        TierSyncValues v = a.current();
        org.replace(a.withCurrent(new TierSyncValues(v.tier(), v.modelTier(), v.previousTier(), v.tierChangedOn(), v.segment(),
                v.sizeBand(), v.region(), v.valueScore() + 0.4, v.churnRisk(), v.upsellCandidate(), "older wording",
                v.segmentsUpdatedAt())));
        int calls = org.updateCalls().size();

        SyncReport drifted = job.run(CREDENTIALS, REQUEST);

        assertThat(drifted.accountsChanged()).isZero();
        assertThat(org.updateCalls()).hasSize(calls);
        org.replace(a.withCurrent(org.account("a").current().withTier(Tier.D)));
        SyncReport material = job.run(CREDENTIALS, REQUEST);
        assertThat(material.accountsChanged()).isEqualTo(1);
        assertThat(org.updateCalls().get(org.updateCalls().size() - 1).get(0).changed())
                .as("the drifted score and reasons ride along with the tier").contains(TierSyncField.TIER,
                        TierSyncField.VALUE_SCORE, TierSyncField.REASONS);
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

        SyncReport report = job(org).run(CREDENTIALS, REQUEST, leaseLostAfterOneCall);

        assertThat(org.updateCalls()).hasSize(1);
        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.error()).contains("lost its lease");
        assertThat(report.accountsWritten()).isEqualTo(200);
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
        assertThat(report.accountsWritten()).isEqualTo(2);
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.accountId()).isEqualTo("bad");
            assertThat(failure.statusCode()).isEqualTo("FIELD_CUSTOM_VALIDATION_EXCEPTION");
        });
        assertThat(org.account("ok2").current().tier()).isEqualTo(Tier.PROSPECT);
    }

    @Test
    void aDryRunPlansTheChangesAndWritesNothing() {
        InMemoryOrg org = new InMemoryOrg().with(anAccount("a").build());

        SyncReport report = job(org).run(CREDENTIALS, new SyncRequest(REQUEST.asOf(), true));

        assertThat(org.updateCalls()).isEmpty();
        assertThat(report.dryRun()).isTrue();
        assertThat(report.accountsChanged()).isEqualTo(1);
        assertThat(report.accountsWritten()).isZero();
        assertThat(org.account("a").current().tier()).isNull();
    }

    @Test
    void reachingTheApiLimitDefersTheRunAndKeepsWhatWasWritten() {
        InMemoryOrg org = new InMemoryOrg()
                .failingUpdateCall(2, new RequestLimitExceededException("REQUEST_LIMIT_EXCEEDED",
                        "update failed: REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.", null));
        IntStream.range(0, 300).forEach(i -> org.with(anAccount("acc" + i).build()));

        SyncReport report = job(org).run(CREDENTIALS, REQUEST);

        assertThat(report.status()).isEqualTo(SyncStatus.DEFERRED);
        assertThat(report.accountsWritten()).isEqualTo(200);
        assertThat(report.error()).contains("REQUEST_LIMIT_EXCEEDED");
    }

    @Test
    void anUnreachableOrgFailsTheRunWithTheReason() {
        SyncJob job = new SyncJob(credentials -> {
            throw new SalesforceUnavailableException("TRANSPORT_ERROR", "login failed: could not reach Salesforce", null);
        }, new Segmenter(SegmentationConfig.defaults()), clock);

        SyncReport report = job.run(CREDENTIALS, REQUEST);

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.error()).isEqualTo("login failed: could not reach Salesforce");
        assertThat(report.accountsPulled()).isZero();
        assertThat(report.apiCalls()).isZero();
    }

    @Test
    void opportunitiesWithoutAKnownAccountAreCountedAndSkipped() {
        InMemoryOrg org = new InMemoryOrg()
                .with(anAccount("a").build())
                .with(aWonDeal().forAccount("a").closedOn("2024-06-01").build(),
                        aWonDeal().forAccount(null).build(),
                        aWonDeal().forAccount("001GONE").build());

        SyncReport report = job(org).run(CREDENTIALS, REQUEST);

        assertThat(report.opportunitiesPulled()).isEqualTo(3);
        assertThat(report.opportunitiesWithoutAccount()).isEqualTo(2);
        assertThat(org.account("a").current().tier()).isEqualTo(Tier.A);
    }

    @Test
    void aRepsPinSetsTheTierWhileModelTierKeepsTheModels() {
        InMemoryOrg org = new InMemoryOrg().with(new Account("pinned", "Pinned Co", "Technology", null, 50, "US", "Customer", null,
                NOW, TierSyncValues.NONE, new dev.tiersync.domain.Pin(Tier.A, LocalDate.of(2030, 1, 1), "strategic logo")));

        job(org).run(CREDENTIALS, REQUEST);

        TierSyncValues written = org.account("pinned").current();
        assertThat(written.tier()).isEqualTo(Tier.A);
        assertThat(written.modelTier()).isEqualTo(Tier.PROSPECT);
        assertThat(written.reasons()).startsWith("Pinned to A until 2030-01-01 (strategic logo). Model: Tier Prospect");
        assertThat(written.tierChangedOn()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void anExpiredPinNoLongerHolds() {
        InMemoryOrg org = new InMemoryOrg().with(new Account("old", "Old Pin", "Technology", null, 50, "US", "Customer", null,
                NOW, TierSyncValues.NONE, new dev.tiersync.domain.Pin(Tier.A, LocalDate.of(2024, 12, 31), null)));

        job(org).run(CREDENTIALS, REQUEST);

        assertThat(org.account("old").current().tier()).isEqualTo(Tier.PROSPECT);
    }

    @Test
    void theSafetyBrakeStopsAMassTierChangeBeforeAnyWriteUnlessForced() {
        InMemoryOrg org = new InMemoryOrg();
        IntStream.range(0, 10).forEach(i -> org.with(anAccount("acc" + i).withCurrentTier(Tier.A).build()));

        SyncReport braked = job(org).run(CREDENTIALS, REQUEST);

        assertThat(braked.status()).isEqualTo(SyncStatus.BRAKED);
        assertThat(braked.error()).contains("10 of 10 accounts (100%) would change tier", "over the 30% allowed");
        assertThat(org.updateCalls()).isEmpty();

        SyncReport forced = job(org).run(CREDENTIALS, new SyncRequest(REQUEST.asOf(), false, true));

        assertThat(forced.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(org.account("acc0").current().tier()).isEqualTo(Tier.PROSPECT);
        assertThat(org.account("acc0").current().previousTier()).isEqualTo(Tier.A);
    }

    @Test
    void aDryRunReportsChangesPerFieldWithSamplesAndTheCallsTheyWouldTake() {
        InMemoryOrg org = new InMemoryOrg();
        IntStream.range(0, 250).forEach(i -> org.with(anAccount("acc" + i).build()));

        SyncReport report = job(org).run(CREDENTIALS, new SyncRequest(REQUEST.asOf(), true));

        assertThat(report.fieldChanges()).containsEntry(TierSyncField.TIER, 250).containsEntry(TierSyncField.SEGMENT, 250);
        assertThat(report.sampleChanges()).hasSize(5).first().satisfies(change -> {
            assertThat(change.before()).isNull();
            assertThat(change.after()).isNotNull();
        });
        assertThat(report.plannedWriteCalls()).isEqualTo(2);
        assertThat(org.updateCalls()).isEmpty();
    }

    @Test
    void writePoliciesKeepTierSyncOffFieldsPeopleOwn() {
        InMemoryOrg org = new InMemoryOrg().with(new Account("a", "A Co", "Technology", null, 50, "US", "Customer", null, NOW,
                new TierSyncValues(null, null, null, null, "Hand-picked", null, null, null, null, null, null, null),
                dev.tiersync.domain.Pin.NONE));
        SyncSettings settings = new SyncSettings(200, 0.3, 0.5, java.util.Map.of(
                TierSyncField.SEGMENT, WritePolicy.ONLY_IF_BLANK,
                TierSyncField.REASONS, WritePolicy.NEVER,
                TierSyncField.REGION, WritePolicy.ONLY_IF_BLANK));

        new SyncJob(org, new Segmenter(SegmentationConfig.defaults()), clock, settings).run(CREDENTIALS, REQUEST);

        TierSyncValues written = org.account("a").current();
        assertThat(org.updateCalls().get(0).get(0).changed()).doesNotContain(TierSyncField.SEGMENT, TierSyncField.REASONS)
                .contains(TierSyncField.REGION, TierSyncField.TIER);
        assertThat(written.tier()).isEqualTo(Tier.PROSPECT);
    }

    private SyncJob job(InMemoryOrg org) {
        return new SyncJob(org, new Segmenter(SegmentationConfig.defaults()), clock);
    }
}
