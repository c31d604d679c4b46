package dev.tiersync.domain.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lift chart as the segmentation literature defines it: the share of the actual top 25 % found in the top X % of a ranking. */
class LiftChartTest {

    /** 100 customers; the actual top 25 % are those with index below 25. */
    private static boolean[] topQuarterOfHundred() {
        boolean[] top = new boolean[100];
        for (int i = 0; i < 25; i++) {
            top[i] = true;
        }
        return top;
    }

    @Test
    void aPerfectRankingFindsEveryTopCustomerInTheTopQuarterAndFollowsThePerfectCurve() {
        double[] scores = new double[100];
        for (int i = 0; i < 100; i++) {
            scores[i] = 100 - i;
        }

        LiftChart lift = LiftChart.of(scores, topQuarterOfHundred());

        assertThat(lift.captureAtQuarter()).isEqualTo(1.0);
        assertThat(lift.captureAt(0.10)).isCloseTo(0.40, within(1e-12));
        assertThat(lift.captured().get(0)).isZero();
        assertThat(lift.captured().get(100)).isEqualTo(1.0);
        for (int x = 0; x <= 100; x++) {
            assertThat(lift.captured().get(x)).isCloseTo(lift.perfectAt(x / 100.0), within(1e-12));
        }
        assertThat(lift.areaOverDiagonal()).isCloseTo(lift.perfectArea(), within(1e-12));
        assertThat(lift.perfectArea()).isCloseTo(0.375, within(0.001));
    }

    @Test
    void aReversedRankingFindsNothingUntilThreeQuartersAndLiesUnderTheDiagonal() {
        double[] scores = new double[100];
        for (int i = 0; i < 100; i++) {
            scores[i] = i;
        }

        LiftChart lift = LiftChart.of(scores, topQuarterOfHundred());

        assertThat(lift.captureAt(0.75)).isZero();
        assertThat(lift.captureAt(0.875)).isCloseTo(0.5, within(1e-12));
        assertThat(lift.areaOverDiagonal()).isNegative();
    }

    @Test
    void aRankingWhereEveryoneTiesIsTheDiagonal() {
        LiftChart lift = LiftChart.of(new double[100], topQuarterOfHundred());

        for (int x = 0; x <= 100; x++) {
            assertThat(lift.captured().get(x)).isCloseTo(x / 100.0, within(1e-12));
        }
        assertThat(lift.areaOverDiagonal()).isCloseTo(0, within(1e-12));
    }

    @Test
    void tiedCustomersShareThePositionsTheySpanSoTheirOrderInTheInputDoesNotMatter() {
        // two groups: the first 50 tie high and hold 20 of the 25 top customers, the rest tie low
        double[] scores = new double[100];
        boolean[] top = new boolean[100];
        for (int i = 0; i < 100; i++) {
            scores[i] = i < 50 ? 1 : 0;
        }
        for (int i = 0; i < 20; i++) {
            top[49 - i] = true;
        }
        for (int i = 0; i < 5; i++) {
            top[99 - i] = true;
        }

        LiftChart lift = LiftChart.of(scores, top);

        assertThat(lift.captureAtQuarter()).as("half the high group, so half its 20 top customers, of 25").isCloseTo(10 / 25.0, within(1e-12));
        assertThat(lift.captureAt(0.5)).isCloseTo(20 / 25.0, within(1e-12));
        assertThat(lift.captureAt(0.75)).isCloseTo((20 + 2.5) / 25, within(1e-12));
    }

    @Test
    void aRandomRankingStaysNearTheDiagonal() {
        Random random = new Random(3);
        double[] scores = random.doubles(20_000).toArray();
        boolean[] top = new boolean[20_000];
        for (int i = 0; i < top.length; i++) {
            top[i] = random.nextDouble() < 0.25;
        }

        LiftChart lift = LiftChart.of(scores, top);

        assertThat(lift.captureAtQuarter()).isCloseTo(0.25, within(0.02));
        assertThat(lift.areaOverDiagonal()).isCloseTo(0, within(0.01));
    }
}
