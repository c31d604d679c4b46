package dev.tiersync.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.fit.FitReport;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncStatus;
import dev.tiersync.testdata.EmulatorRecords;
import dev.tiersync.testdata.PlantedOrg;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The fit in a real sync through force-wsc against an emulated org whose value is planted on firmographic
 * traits (technology, 1,000+ employees, North America) by a generator that knows nothing of the fit.
 */
class FitSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T06:00:00Z");

    @Test
    void prospectsThatLookLikeTheBestCustomersAreWrittenStrongWithTheirReasonAndASecondSyncWritesNothing() {
        PlantedOrg planted = PlantedOrg.generate(2_000, AS_OF, 1.0, 11);
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(EmulatorRecords.of(planted.histories(), AS_OF)))) {
            SyncJob job = SyncRuntime.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .connector(SyncHarness.connector(WscSettings.defaults())).build().job(SegmentationConfig.defaults());

            SyncReport first = job.run(SyncHarness.credentials(org), new SyncRequest(AS_OF, false));

            assertThat(first.status()).as(first.run().error()).isEqualTo(SyncStatus.SUCCEEDED);
            FitReport fit = first.fit().report().orElseThrow();
            assertThat(fit.hasFit()).as(fit.decision()).isTrue();
            assertThat(fit.chosenEvaluation().orElseThrow().captureAtQuarter()).isGreaterThan(0.5);
            List<StoredRecord> accounts = org.store().records("Account");
            int[] prospects = new int[2];
            int[] strong = new int[2];
            for (StoredRecord account : accounts) {
                String tier = account.get(AccountFields.FIT_TIER.apiName());
                assertThat(FitTier.fromPicklistValue(tier)).as("Fit_Tier__c of %s", account.id()).isPresent();
                String score = account.get(AccountFields.FIT_SCORE.apiName());
                if (tier.equals("Unknown")) {
                    assertThat(score).as("Fit_Score__c of %s", account.id()).isNull();
                } else {
                    assertThat(Double.parseDouble(score)).isBetween(0.0, 100.0);
                }
                if (!"Prospect".equals(account.get("Tier__c"))) {
                    continue;
                }
                if (tier.equals("Strong")) {
                    assertThat(account.get("Segment__c")).isEqualTo(SegmentRules.STRONG_FIT_PROSPECTS);
                    assertThat(account.get("Segment_Reasons__c")).matches(
                            "Tier Prospect: no deal won yet\\. Fit Strong \\(\\d{2,3}/100\\): [^;]+; \\d{1,3}% of such customers are tier A\\..*");
                }
                int traits = planted.truth(account.id()).plantedTraits();
                if (traits == 1) {
                    continue;
                }
                int group = traits >= 2 ? 0 : 1;
                prospects[group]++;
                strong[group] += tier.equals("Strong") ? 1 : 0;
            }
            double withTraits = (double) strong[0] / prospects[0];
            double without = (double) strong[1] / prospects[1];
            System.out.printf(Locale.ROOT, "prospects with 2 or 3 planted traits Strong %d of %d, with none %d of %d%n", strong[0],
                    prospects[0], strong[1], prospects[1]);
            assertThat(withTraits).isGreaterThan(0.5);
            assertThat(without).isLessThan(withTraits / 5);
            assertThat(first.fit().tiers().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_000);

            SyncReport second = job.run(SyncHarness.credentials(org), new SyncRequest(AS_OF, false));

            assertThat(second.status()).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(second.changes().accounts()).as("accounts to change on unchanged data").isZero();
            assertThat(second.writes().accounts()).isZero();
            assertThat(second.fit().tiers()).isEqualTo(first.fit().tiers());
            SyncHarness.assertNothingWrittenTwice(org);
        }
    }
}
