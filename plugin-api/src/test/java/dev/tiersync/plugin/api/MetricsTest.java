package dev.tiersync.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    @Test
    void daysAreCountedToTheAsOfDate() {
        Metrics metrics = Metrics.builder(AS_OF).wonDeals(2).firstWin(LocalDate.of(2024, 1, 1))
                .lastWin(LocalDate.of(2024, 12, 1)).lastActivity(LocalDate.of(2024, 12, 22)).build();

        assertThat(metrics.isCustomer()).isTrue();
        assertThat(metrics.tenureDays()).hasValue(366);
        assertThat(metrics.daysSinceLastWin()).hasValue(31);
        assertThat(metrics.daysSinceActivity()).hasValue(10);
    }

    @Test
    void ratiosAreEmptyWhereTheyWouldDivideByNothing() {
        Metrics prospect = Metrics.builder(AS_OF).build();
        Metrics grower = Metrics.builder(AS_OF).wonDeals(3).closedDeals(4).trailingWon(150).priorWon(100).build();

        assertThat(prospect.isCustomer()).isFalse();
        assertThat(prospect.growth()).isEmpty();
        assertThat(prospect.winRate()).isEmpty();
        assertThat(prospect.medianWinIntervalDays()).isEmpty();
        assertThat(prospect.daysSinceLastWin()).isEmpty();
        assertThat(grower.growth()).hasValue(0.5);
        assertThat(grower.winRate()).hasValue(0.75);
    }
}
