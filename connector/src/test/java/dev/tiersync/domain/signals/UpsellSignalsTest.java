package dev.tiersync.domain.signals;

import static dev.tiersync.testdata.Profiles.profile;
import static dev.tiersync.testdata.Profiles.won;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.firmographics.SizeBand;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpsellSignalsTest {

    private final UpsellConfig config = UpsellConfig.defaults();
    private final SpendNorms noNorms = SpendNorms.of(List.of());

    @Test
    void growingSpendWithARecentWinIsAnUpsellCandidate() {
        AccountProfile growing = profile("g", won("g", "1000", "2023-06-01"), won("g", "1500", "2024-11-01"));

        assertThat(new GrowingSpend(config).evaluate(growing, noNorms))
                .hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo("spend up 50% on the year before"));
    }

    @Test
    void growthWithoutARecentWinIsNot() {
        AccountProfile stale = profile("s", won("s", "1000", "2023-06-01"), won("s", "1500", "2024-02-01"));

        assertThat(new GrowingSpend(config).evaluate(stale, noNorms)).isEmpty();
    }

    @Test
    void anActiveEnterpriseSpendingFarBelowItsPeersIsAnUpsellCandidate() {
        AccountProfile small = profile("x", SizeBand.ENTERPRISE, won("x", "500", "2023-10-01"), won("x", "1000", "2024-10-01"));
        SpendNorms norms = SpendNorms.of(List.of(small,
                profile("p1", SizeBand.ENTERPRISE, won("p1", "50000", "2024-06-01")),
                profile("p2", SizeBand.ENTERPRISE, won("p2", "60000", "2024-06-01"))));

        assertThat(norms.median(SizeBand.ENTERPRISE)).isEqualTo(50000);
        assertThat(new BelowSizeNorm(config).evaluate(small, norms))
                .hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo("spends $1k a year, Enterprise accounts usually $50k"));
    }

    @Test
    void aCustomerInItsFirstYearIsNotJudgedAgainstAYearsNorm() {
        AccountProfile young = profile("y", SizeBand.ENTERPRISE, won("y", "1000", "2024-10-01"));
        SpendNorms norms = SpendNorms.of(List.of(young, profile("p1", SizeBand.ENTERPRISE, won("p1", "50000", "2024-06-01"))));

        assertThat(new BelowSizeNorm(config).evaluate(young, norms)).isEmpty();
    }

    @Test
    void aMediumChurnRiskBlocksTheUpsellFlagByDefault() {
        AccountProfile shrinkingGrower = profile("m", won("m", "1000", "2023-06-01"), won("m", "300", "2024-11-01"));
        SignalAssessor assessor = new SignalAssessor(List.of(new ShrinkingSpend(ChurnConfig.defaults())),
                List.of((customer, norms) -> java.util.Optional.of(new Finding("always", 1, "always"))),
                UpsellConfig.defaults().blockedFromChurnRisk());

        Signals signals = assessor.assess(shrinkingGrower, noNorms);

        assertThat(signals.churnRisk()).isEqualTo(ChurnRisk.MEDIUM);
        assertThat(signals.upsellCandidate()).isFalse();
    }

    @Test
    void aHighChurnRiskCustomerIsNeverAnUpsellCandidate() {
        SignalAssessor assessor = new SignalAssessor(
                List.of(customer -> java.util.Optional.of(new Finding("test", 3, "test"))),
                List.of((customer, norms) -> java.util.Optional.of(new Finding("always", 1, "always"))), ChurnRisk.HIGH);

        Signals signals = assessor.assess(profile("h", won("h", "1", "2024-12-01")), noNorms);

        assertThat(signals.churnRisk()).isEqualTo(ChurnRisk.HIGH);
        assertThat(signals.upsellCandidate()).isFalse();
    }

    @Test
    void moneyIsShortForReasons() {
        assertThat(Money.compact(950)).isEqualTo("$950");
        assertThat(Money.compact(182_400)).isEqualTo("$182k");
        assertThat(Money.compact(1_250_000)).isEqualTo("$1.3M");
        assertThat(Money.compact(3_000_000)).isEqualTo("$3M");
    }
}
