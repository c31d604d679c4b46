package dev.tiersync.domain.signals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.testdata.JitteredBuyers;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Growth and shrinkage hold on buyers whose orders arrive with realistic jitter, wherever they fall against the calendar. */
class RhythmSignalsTest {

    private static final int BUYERS = 1_000;
    private final SignalAssessor assessor = SignalAssessor.of(ChurnConfig.defaults(), UpsellConfig.defaults());
    private final SpendNorms noNorms = SpendNorms.of(List.of());

    @Test
    void quarterlyBuyersWhoseOrdersDoubleEveryYearAreUpsellCandidatesWithTheirLastOrderThreeOrFourMonthsAgo() {
        List<AccountProfile> buyers = buyers(JitteredBuyers.seeded(18).everyDays(91).changingYearlyBy(2).lastOrderDaysAgo(90, 120));

        assertThat(share(buyers, b -> assessor.assess(b, noNorms).upsellCandidate())).isGreaterThanOrEqualTo(0.99);
        assertThat(share(buyers, b -> b.metrics().growth().orElse(0) < UpsellConfig.defaults().growthThreshold()))
                .as("the data is the hard kind: calendar years miss some of these buyers")
                .isGreaterThan(0.05);
    }

    @ParameterizedTest(name = "every {0} days")
    @ValueSource(ints = {30, 61, 91, 182})
    void buyersWhoseSpendDoublesAreFlaggedWhateverTheirRhythm(int interval) {
        List<AccountProfile> buyers = buyers(JitteredBuyers.seeded(interval).everyDays(interval).changingYearlyBy(2)
                .lastOrderDaysAgo(5, Math.min(interval + 20, UpsellConfig.defaults().recentWinDays())));

        assertThat(share(buyers, b -> new GrowingSpend(UpsellConfig.defaults()).evaluate(b, noNorms).isPresent()))
                .isGreaterThanOrEqualTo(0.98);
    }

    @ParameterizedTest(name = "every {0} days")
    @ValueSource(ints = {30, 61, 91, 182})
    void steadyBuyersAreNeitherGrowingNorShrinking(int interval) {
        List<AccountProfile> buyers = buyers(JitteredBuyers.seeded(100 + interval).everyDays(interval).changingYearlyBy(1)
                .lastOrderDaysAgo(5, interval + 20));

        assertThat(share(buyers, b -> new GrowingSpend(UpsellConfig.defaults()).evaluate(b, noNorms).isPresent()))
                .isLessThanOrEqualTo(0.02);
        assertThat(share(buyers, b -> new ShrinkingSpend(ChurnConfig.defaults()).evaluate(b).isPresent()))
                .isLessThanOrEqualTo(0.02);
        assertThat(share(buyers, b -> assessor.assess(b, noNorms).churnRisk() != ChurnRisk.NONE)).isLessThanOrEqualTo(0.02);
    }

    @ParameterizedTest(name = "every {0} days")
    @ValueSource(ints = {30, 61, 91, 182})
    void buyersWhoseSpendFallsToAThirdAYearAreFlaggedForChurn(int interval) {
        List<AccountProfile> buyers = buyers(JitteredBuyers.seeded(200 + interval).everyDays(interval).changingYearlyBy(0.3)
                .lastOrderDaysAgo(5, interval + 20));

        assertThat(share(buyers, b -> new ShrinkingSpend(ChurnConfig.defaults()).evaluate(b).isPresent()))
                .isGreaterThanOrEqualTo(0.98);
        assertThat(share(buyers, b -> assessor.assess(b, noNorms).churnRisk().compareTo(ChurnRisk.MEDIUM) >= 0))
                .isGreaterThanOrEqualTo(0.98);
        assertThat(share(buyers, b -> assessor.assess(b, noNorms).upsellCandidate())).isZero();
    }

    @Test
    void theReasonSaysWhatTheRatesCompare() {
        AccountProfile buyer = JitteredBuyers.seeded(7).everyDays(91).changingYearlyBy(2).next("g");

        assertThat(new GrowingSpend(UpsellConfig.defaults()).evaluate(buyer, noNorms))
                .hasValueSatisfying(f -> assertThat(f.reason()).matches("spend up \\d+% on its last 4 orders on the 4 before"));
    }

    private static List<AccountProfile> buyers(JitteredBuyers generator) {
        return java.util.stream.IntStream.range(0, BUYERS).mapToObj(i -> generator.next("b" + i)).toList();
    }

    private static double share(List<AccountProfile> buyers, Predicate<AccountProfile> test) {
        return buyers.stream().filter(test).count() / (double) buyers.size();
    }
}
