package dev.tiersync.domain.lift;

import static dev.tiersync.testdata.Histories.history;
import static dev.tiersync.testdata.Profiles.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiftAnalysisTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    @Test
    void liftIsATiersShareOfLaterRevenueOverItsShareOfAccounts() {
        List<AccountHistory> accounts = List.of(
                history("top", won("top", "4000", "2023-06-01"), won("top", "4000", "2024-06-01"), won("top", "900", "2025-03-01")),
                history("b", won("b", "3000", "2023-06-01"), won("b", "3000", "2024-06-01"), won("b", "100", "2025-03-01")),
                history("c", won("c", "2000", "2023-06-01"), won("c", "2000", "2024-06-01")),
                history("d", won("d", "1000", "2023-06-01"), won("d", "1000", "2024-06-01")));

        LiftReport report = new LiftAnalysis(new Segmenter(SegmentationConfig.defaults())).run(accounts, AS_OF, Period.ofMonths(6));

        TierLift a = report.tier(Tier.A);
        assertThat(a.accounts()).isEqualTo(1);
        assertThat(a.wonRevenue()).isEqualTo(900);
        assertThat(a.accountShare()).isEqualTo(0.25);
        assertThat(a.revenueShare()).isCloseTo(0.9, within(1e-9));
        assertThat(a.lift()).isCloseTo(3.6, within(1e-9));
        assertThat(report.tier(Tier.D).lift()).isZero();
        assertThat(report.tier(Tier.PROSPECT).lift()).isNaN();
        assertThat(report.horizonEnd()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void churnFlaggedCustomersThatThenBoughtNothingAreCounted() {
        List<AccountHistory> accounts = List.of(
                history("gone", won("gone", "500", "2022-01-01"), won("gone", "500", "2022-04-01"), won("gone", "500", "2022-07-01")),
                history("back", won("back", "500", "2022-01-01"), won("back", "500", "2022-04-01"), won("back", "500", "2022-07-01"),
                        won("back", "500", "2025-02-01")),
                history("fine", won("fine", "500", "2024-06-01"), won("fine", "500", "2024-11-01")));

        ChurnOutcome churn = new LiftAnalysis(new Segmenter(SegmentationConfig.defaults())).run(accounts, AS_OF, Period.ofMonths(6)).churn();

        assertThat(churn.flagged()).isEqualTo(2);
        assertThat(churn.boughtNothing()).isEqualTo(1);
        assertThat(churn.flaggedStopRate()).isEqualTo(0.5);
        assertThat(churn.unflagged()).isEqualTo(1);
        assertThat(churn.unflaggedBoughtNothing()).isEqualTo(1);
    }
}
