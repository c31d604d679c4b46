package dev.tiersync.domain.signals;

import static dev.tiersync.testdata.Profiles.profile;
import static dev.tiersync.testdata.Profiles.won;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.testdata.OpportunityBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnSignalsTest {

    private final ChurnConfig config = ChurnConfig.defaults();
    private final SignalAssessor assessor = SignalAssessor.of(config, UpsellConfig.defaults());
    private final SpendNorms noNorms = SpendNorms.of(List.of());

    @Test
    void aQuarterlyBuyerSilentForTwoHundredAndElevenDaysHasStopped() {
        AccountProfile buyer = profile("q", won("q", "100", "2023-12-01"), won("q", "100", "2024-02-29"),
                won("q", "100", "2024-05-29"), won("q", "100", "2024-06-04"));

        assertThat(new StoppedBuying(config).evaluate(buyer)).hasValueSatisfying(finding -> {
            assertThat(finding.points()).isEqualTo(2);
            assertThat(finding.reason()).isEqualTo("no win for 211 days, usually every 90");
        });
    }

    @Test
    void aBuyerWithinItsUsualRhythmHasNotStopped() {
        AccountProfile yearly = profile("y", won("y", "100", "2022-03-01"), won("y", "100", "2023-03-01"), won("y", "100", "2024-03-01"));

        assertThat(new StoppedBuying(config).evaluate(yearly)).isEmpty();
    }

    @Test
    void aOneTimeBuyerIsNotARepeatBuyerThatStopped() {
        assertThat(new StoppedBuying(config).evaluate(profile("o", won("o", "100", "2022-01-01")))).isEmpty();
    }

    @Test
    void spendUnderHalfOfTheYearBeforeIsShrinking() {
        AccountProfile shrinking = profile("s", won("s", "1000", "2023-06-01"), won("s", "400", "2024-06-01"));
        AccountProfile steady = profile("t", won("t", "1000", "2023-06-01"), won("t", "600", "2024-06-01"));

        assertThat(new ShrinkingSpend(config).evaluate(shrinking)).hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo("spend down 60% on the year before"));
        assertThat(new ShrinkingSpend(config).evaluate(steady)).isEmpty();
    }

    @Test
    void lostDealsWithNoWinInTheYearAreLosing() {
        AccountProfile losing = profile("l", won("l", "100", "2022-06-01"),
                OpportunityBuilder.aLostDeal().forAccount("l").closedOn("2024-05-01").build(),
                OpportunityBuilder.aLostDeal().forAccount("l").closedOn("2024-09-01").build());

        assertThat(new LosingDeals(config).evaluate(losing)).hasValueSatisfying(f -> assertThat(f.points()).isEqualTo(1));
    }

    @Test
    void noActivityForOverAYearIsDisengaged() {
        assertThat(new Disengaged(config).evaluate(profile("d", won("d", "100", "2023-10-01")))).isPresent();
        assertThat(new Disengaged(config).evaluate(profile("e", won("e", "100", "2024-10-01")))).isEmpty();
    }

    @Test
    void signalPointsAddUpToTheRisk() {
        AccountProfile gone = profile("g", won("g", "500", "2022-01-01"), won("g", "500", "2022-04-01"), won("g", "500", "2022-07-01"));

        Signals signals = assessor.assess(gone, noNorms);

        assertThat(signals.churnRisk()).isEqualTo(ChurnRisk.HIGH);
        assertThat(signals.churnFindings()).extracting(Finding::signal).contains("stopped-buying", "disengaged");
        assertThat(signals.upsellCandidate()).isFalse();
    }

    @Test
    void aProspectHasNoChurnRisk() {
        assertThat(assessor.assess(profile("p"), noNorms)).isEqualTo(Signals.NONE);
    }
}
