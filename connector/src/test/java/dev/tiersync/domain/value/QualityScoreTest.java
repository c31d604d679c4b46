package dev.tiersync.domain.value;

import static dev.tiersync.testdata.Profiles.profile;
import static dev.tiersync.testdata.Profiles.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tiersync.domain.firmographics.SizeBand;
import org.junit.jupiter.api.Test;

class QualityScoreTest {

    private final QualityScore score = new QualityScore(new ValueScoreConfig(0.1, 50, 0.5, 0.5, 0.25, 0.2));

    @Test
    void aSteadyCustomerIsWorthItsContractValueLessTheCostToServe() {
        double value = score.of(profile("s", won("s", "1000", "2023-06-01"), won("s", "1000", "2024-06-01")));

        assertThat(value).isCloseTo(1000 - 100 - 50, within(1e-9));
    }

    @Test
    void growthEarnsABonusOnTheAddedRevenue() {
        double value = score.of(profile("g", won("g", "1000", "2023-06-01"), won("g", "3000", "2024-06-01")));

        assertThat(value).isCloseTo(3000 - 300 - 50 + 0.5 * 2000, within(1e-9));
    }

    @Test
    void shrinkingAndCancellingArePenalised() {
        double shrunk = score.of(profile("s", won("s", "3000", "2023-06-01"), won("s", "1000", "2024-06-01")));
        double cancelled = score.of(profile("c", won("c", "3000", "2023-06-01")));

        assertThat(shrunk).isCloseTo(1000 - 100 - 50 - 0.5 * 2000, within(1e-9));
        assertThat(cancelled).isCloseTo(-50 - 0.5 * 3000 - 0.25 * 3000, within(1e-9));
    }

    @Test
    void largeCustomersEarnABonus() {
        double enterprise = score.of(profile("e", SizeBand.ENTERPRISE, won("e", "1000", "2023-06-01"), won("e", "1000", "2024-06-01")));

        assertThat(enterprise).isCloseTo(1000 - 100 - 50 + 200, within(1e-9));
    }

    @Test
    void aProspectIsWorthNothing() {
        assertThat(score.of(profile("p"))).isZero();
    }

    @Test
    void aCostToServeRateOfOneOrMoreIsRejected() {
        assertThatThrownBy(() -> new ValueScoreConfig(1.0, 0, 0, 0, 0, 0)).hasMessageContaining("value.cost-to-serve-rate");
    }

    @Test
    void percentileRanksPlaceTiesInTheMiddle() {
        PercentileRank rank = PercentileRank.of(new double[] {10, 20, 20, 30});

        assertThat(rank.of(10)).isEqualTo(12.5);
        assertThat(rank.of(20)).isEqualTo(50);
        assertThat(rank.of(30)).isEqualTo(87.5);
        assertThat(PercentileRank.of(new double[0]).of(5)).isZero();
    }
}
