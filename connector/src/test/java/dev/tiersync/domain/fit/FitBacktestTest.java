package dev.tiersync.domain.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.testdata.FitViews;
import dev.tiersync.testdata.PlantedOrg;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fit learnt a year ago, against which of the prospects of then became customers since and what they bought. */
class FitBacktestTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final LocalDate THEN = AS_OF.minusMonths(12);

    @Test
    void prospectsGivenAStrongFitAYearAgoConvertedMoreAndBroughtMoreThanWeakOnes() {
        PlantedOrg org = PlantedOrg.generate(4_000, AS_OF, 1.0, 13);
        List<AccountHistory> histories = org.histories();
        List<FitAccount> asOfThen = FitViews.of(histories, THEN, SegmentationConfig.defaults(), org.enrichment());
        Map<String, LaterBuying> since = FitViews.boughtBetween(histories, THEN, AS_OF);

        BacktestReport report = new FitBacktest(new FitLearner(FitConfig.defaults())).run(asOfThen, since);

        assertThat(report.fitThen().hasFit()).isTrue();
        for (BacktestReport.TierOutcome tier : report.tiers()) {
            System.out.printf(Locale.ROOT, "backtest %s + 12 mo: fit %-8s prospects %4d, became customers %3d (%.1f%%), revenue %,.0f%n",
                    THEN, tier.tier().picklistValue(), tier.prospects(), tier.converted(), 100 * tier.conversionRate(), tier.revenue());
        }
        BacktestReport.TierOutcome strong = report.tier(FitTier.STRONG);
        BacktestReport.TierOutcome weak = report.tier(FitTier.WEAK);
        long prospectsThen = asOfThen.stream().filter(a -> a.standing() == Standing.PROSPECT).count();
        assertThat(report.tiers().stream().mapToInt(BacktestReport.TierOutcome::prospects).sum()).isEqualTo((int) prospectsThen);
        assertThat(report.converted()).hasSize(report.tiers().stream().mapToInt(BacktestReport.TierOutcome::converted).sum());
        assertThat(report.converted()).isSortedAccordingTo((a, b) -> Double.compare(b.revenue(), a.revenue()));
        assertThat(strong.converted()).isPositive();
        assertThat(strong.conversionRate()).isGreaterThan(1.5 * weak.conversionRate());
        assertThat(strong.revenue() / strong.converted()).isGreaterThan(2 * weak.revenue() / Math.max(1, weak.converted()));
    }

    @Test
    void withNoFitThenEveryProspectOfThenIsUnknownAndStillCounted() {
        PlantedOrg org = PlantedOrg.generate(300, AS_OF, 1.0, 13);
        List<FitAccount> asOfThen = FitViews.of(org.histories(), THEN, SegmentationConfig.defaults());

        BacktestReport report = new FitBacktest(new FitLearner(FitConfig.defaults()))
                .run(asOfThen, FitViews.boughtBetween(org.histories(), THEN, AS_OF));

        assertThat(report.fitThen().hasFit()).isFalse();
        assertThat(report.tier(FitTier.UNKNOWN).prospects()).isEqualTo((int) asOfThen.stream()
                .filter(a -> a.standing() == Standing.PROSPECT).count());
        assertThat(report.tier(FitTier.STRONG).prospects()).isZero();
    }
}
