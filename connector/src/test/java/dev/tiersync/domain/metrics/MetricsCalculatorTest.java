package dev.tiersync.domain.metrics;

import static dev.tiersync.testdata.OpportunityBuilder.aLostDeal;
import static dev.tiersync.testdata.OpportunityBuilder.aWonDeal;
import static dev.tiersync.testdata.OpportunityBuilder.anOpenDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tiersync.domain.Opportunity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    @Test
    void wonRevenueSplitsIntoTrailingPriorAndLifetime() {
        AccountMetrics metrics = metrics(
                won("100", "2022-05-01"),
                won("200", "2023-06-01"),
                won("300", "2024-02-01"),
                won("400", "2024-12-31"),
                won("999", "2025-01-01"));

        assertThat(metrics.lifetimeWon()).isEqualTo(1000);
        assertThat(metrics.trailingWon()).isEqualTo(700);
        assertThat(metrics.priorWon()).isEqualTo(200);
        assertThat(metrics.growth().getAsDouble()).isCloseTo(2.5, within(1e-9));
        assertThat(metrics.wonDeals()).isEqualTo(4);
    }

    @Test
    void growthIsUnknownWithoutPriorRevenue() {
        assertThat(metrics(won("100", "2024-06-01")).growth()).isEmpty();
    }

    @Test
    void winIntervalsGiveTheUsualGapAndItsRegularity() {
        AccountMetrics regular = metrics(won("1", "2024-01-01"), won("1", "2024-03-31"), won("1", "2024-06-29"), won("1", "2024-09-27"));
        AccountMetrics irregular = metrics(won("1", "2024-01-01"), won("1", "2024-01-11"), won("1", "2024-09-27"));

        assertThat(regular.medianWinIntervalDays()).isEqualTo(90);
        assertThat(regular.winIntervalVariation()).isEqualTo(0);
        assertThat(irregular.winIntervalVariation()).isGreaterThan(0.8);
        assertThat(metrics(won("1", "2024-01-01")).medianWinIntervalDays()).isNaN();
    }

    @Test
    void daysSinceLastWinTenureAndFrequencyFollowTheWins() {
        AccountMetrics metrics = metrics(won("1", "2022-01-01"), won("1", "2023-01-01"), won("1", "2024-12-02"));

        assertThat(metrics.daysSinceLastWin()).hasValue(30);
        assertThat(metrics.tenureDays()).hasValue(1096);
        assertThat(metrics.winsPerYear()).isCloseTo(1.0, within(0.01));
        assertThat(metrics.firstWin()).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void openDealsAreThePipelineAndLossesCountTowardTheWinRate() {
        AccountMetrics metrics = metrics(
                won("100", "2024-06-01"),
                aLostDeal().worth("50").closedOn("2024-07-01").build(),
                aLostDeal().worth("50").closedOn("2023-07-01").build(),
                anOpenDeal().worth("700").closedOn("2025-03-01").createdOn("2024-11-01").build());

        assertThat(metrics.openPipeline()).isEqualTo(700);
        assertThat(metrics.winRate()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(metrics.lostLast12Months()).isEqualTo(1);
    }

    @Test
    void aDealWonAfterTheAsOfDateWasStillOpenPipelineThen() {
        AccountMetrics metrics = metrics(aWonDeal().worth("500").closedOn("2025-02-01").createdOn("2024-10-01").build());

        assertThat(metrics.isCustomer()).isFalse();
        assertThat(metrics.openPipeline()).isEqualTo(500);
    }

    @Test
    void lastActivityIsTheLatestCreationOrCloseBeforeTheAsOfDate() {
        AccountMetrics metrics = metrics(
                won("1", "2024-03-01"),
                anOpenDeal().createdOn("2024-10-15").closedOn("2025-04-01").build());

        assertThat(metrics.lastActivity()).isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(metrics.daysSinceActivity()).hasValue(78);
    }

    @Test
    void anAccountWithoutOpportunitiesHasNothingToShow() {
        AccountMetrics metrics = metrics();

        assertThat(metrics.isCustomer()).isFalse();
        assertThat(metrics.daysSinceLastWin()).isEmpty();
        assertThat(metrics.winRate()).isNaN();
        assertThat(metrics.lastActivity()).isNull();
    }

    private static Opportunity won(String amount, String closeDate) {
        return aWonDeal().worth(amount).closedOn(closeDate).build();
    }

    private static AccountMetrics metrics(Opportunity... opportunities) {
        return MetricsCalculator.of(List.of(opportunities), AS_OF);
    }
}
