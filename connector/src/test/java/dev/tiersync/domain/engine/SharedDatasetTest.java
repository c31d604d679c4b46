package dev.tiersync.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static dev.tiersync.emulator.junit.Prerequisites.require;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.lift.LiftAnalysis;
import dev.tiersync.domain.lift.LiftReport;
import dev.tiersync.domain.lift.TierLift;
import dev.tiersync.testdata.OrgHistories;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine on the real CRM export in ../shared (85 accounts, 8,800 opportunities, 2016–2017). */
class SharedDatasetTest {

    private static OrgHistories org;

    @BeforeAll
    static void load() {
        require(OrgHistories.sharedDatasetPresent(), "../shared is not beside the project: "
                + OrgHistories.SHARED_DATASET.toAbsolutePath());
        org = OrgHistories.sharedDataset();
    }

    @Test
    void everyAccountIsAssessedAsOfTheEndOfTheDataAndOrphanOpportunitiesAreSkipped() {
        List<Segmentation> results = new Segmenter(SegmentationConfig.defaults()).assess(org.histories(), LocalDate.of(2018, 1, 1));

        assertThat(org.orphanOpportunities()).isEqualTo(1_425);
        assertThat(results).hasSize(85);
        Map<String, Long> industries = results.stream().collect(Collectors.groupingBy(Segmentation::industry, Collectors.counting()));
        assertThat(industries).doesNotContainKeys("Other", "Unknown").containsEntry("Technology", 19L).containsEntry("Healthcare", 12L);
        assertThat(results).noneSatisfy(r -> assertThat(r.region().picklistValue()).isEqualTo("Unknown"));
        System.out.println("shared dataset as of 2018-01-01: tiers " + results.stream()
                .collect(Collectors.groupingBy(Segmentation::tier, Collectors.counting())) + ", segments " + results.stream()
                .collect(Collectors.groupingBy(Segmentation::segment, Collectors.counting())) + ", churn " + results.stream()
                .collect(Collectors.groupingBy(Segmentation::churnRisk, Collectors.counting())) + ", upsell "
                + results.stream().filter(Segmentation::upsellCandidate).count());
        results.stream().limit(3).forEach(r -> System.out.println("  " + r.reasons()));
    }

    @Test
    void aBacktestAsOfJulySeventeenReportsTheLiftOfEachTier() {
        LiftReport report = new LiftAnalysis(new Segmenter(SegmentationConfig.defaults()))
                .run(org.histories(), LocalDate.of(2017, 7, 1), Period.ofMonths(6));

        TierLift a = report.tier(Tier.A);
        assertThat(a.accounts()).isPositive();
        assertThat(report.tiers().stream().mapToInt(TierLift::accounts).sum()).isEqualTo(85);
        assertThat(report.tiers().stream().mapToDouble(TierLift::revenueShare).sum()).isCloseTo(1.0, within(1e-9));
        for (TierLift tier : report.tiers()) {
            System.out.printf("backtest 2017-07-01 + 6 mo: tier %-8s accounts %2d  account share %5.1f%%  revenue share %5.1f%%  lift %.2f%n",
                    tier.tier().picklistValue(), tier.accounts(), 100 * tier.accountShare(), 100 * tier.revenueShare(), tier.lift());
        }
        System.out.printf("churn flagged %d, of which bought nothing %d; unflagged %d, bought nothing %d%n",
                report.churn().flagged(), report.churn().boughtNothing(), report.churn().unflagged(), report.churn().unflaggedBoughtNothing());
        assertThat(a.lift()).as("tier A buys more than its share of accounts").isGreaterThan(1.0);
    }
}
