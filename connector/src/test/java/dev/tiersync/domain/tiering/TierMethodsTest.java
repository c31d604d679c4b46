package dev.tiersync.domain.tiering;

import static dev.tiersync.testdata.Profiles.profile;
import static dev.tiersync.testdata.Profiles.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.firmographics.SizeBand;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TierMethodsTest {

    @Test
    void paretoPutsTheAccountsThatMakeHalfTheValueInA() {
        List<ScoredAccount> customers = List.of(scored("big", 500), scored("mid", 300), scored("s1", 100),
                scored("s2", 60), scored("s3", 40));

        Map<String, Tier> tiers = byId(customers, new ParetoTiers(ParetoCutoffs.defaults()).assign(customers));

        assertThat(tiers).containsEntry("big", Tier.A)   // 0 % before it
                .containsEntry("mid", Tier.B)            // 50 % before it
                .containsEntry("s1", Tier.C)             // 80 %
                .containsEntry("s2", Tier.C)             // 90 %
                .containsEntry("s3", Tier.D);            // 96 %
    }

    @Test
    void paretoGivesDToCustomersWithNoPositiveValue() {
        List<ScoredAccount> customers = List.of(scored("a", 100), scored("z", -20));
        Map<String, Tier> tiers = byId(customers, new ParetoTiers(ParetoCutoffs.defaults()).assign(customers));

        assertThat(tiers).containsEntry("a", Tier.A).containsEntry("z", Tier.D);
    }

    @Test
    void quartilesSplitEightCustomersIntoPairs() {
        List<ScoredAccount> customers = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            customers.add(scored("c" + i, 100 * i));
        }

        Map<String, Tier> tiers = byId(customers, new QuartileTiers().assign(customers));

        assertThat(tiers).containsEntry("c8", Tier.A).containsEntry("c7", Tier.A).containsEntry("c6", Tier.B)
                .containsEntry("c3", Tier.C).containsEntry("c1", Tier.D);
    }

    @Test
    void weightedScoresOnlyTheDimensionsGivenWeight() {
        Map<ScoreDimension, Double> sizeOnly = new EnumMap<>(ScoreDimension.class);
        sizeOnly.put(ScoreDimension.SIZE, 1.0);
        WeightedTiers weighted = new WeightedTiers(new WeightedModel(sizeOnly, 90, 40, 10));

        List<ScoredAccount> customers = List.of(
                new ScoredAccount(profile("e", SizeBand.ENTERPRISE, won("e", "1", "2024-06-01")), 1, 1),
                new ScoredAccount(profile("m", SizeBand.MID_MARKET, won("m", "999", "2024-06-01")), 999, 99),
                new ScoredAccount(profile("s", SizeBand.SMALL, won("s", "999", "2024-06-01")), 999, 99));
        Map<String, Tier> tiers = byId(customers, weighted.assign(customers));

        assertThat(tiers).containsEntry("e", Tier.A).containsEntry("m", Tier.B).containsEntry("s", Tier.D);
    }

    @Test
    void weightsThatDoNotAddUpToOneAreRejected() {
        Map<ScoreDimension, Double> weights = new EnumMap<>(ScoreDimension.class);
        weights.put(ScoreDimension.VALUE, 0.6);
        weights.put(ScoreDimension.SIZE, 0.6);

        assertThatThrownBy(() -> new WeightedModel(weights, 70, 50, 30))
                .hasMessageContaining("tiers.weighted.weights must add up to 1, they add up to 1.2");
    }

    @Test
    void thresholdsOutOfOrderAreRejected() {
        assertThatThrownBy(() -> new ParetoCutoffs(0.8, 0.5, 0.95)).hasMessageContaining("tiers.pareto cut-offs must rise");
        assertThatThrownBy(() -> new WeightedModel(WeightedModel.defaults().weights(), 30, 50, 70))
                .hasMessageContaining("tiers.weighted thresholds must fall");
        assertThatThrownBy(() -> new TierConfig(TierMethodName.PARETO, ParetoCutoffs.defaults(), WeightedModel.defaults(), 90, 1))
                .hasMessageContaining("tiers.outlier-factor must be above 1");
    }

    @Test
    void prospectsNewCustomersAndOutliersAreTieredApartFromTheRanking() {
        List<ScoredAccount> accounts = List.of(
                new ScoredAccount(profile("prospect"), 0, 0),
                new ScoredAccount(profile("new", won("new", "100", "2024-11-15")), 85, 50),
                new ScoredAccount(profile("whale", won("whale", "100000", "2023-01-01"), won("whale", "100000", "2024-06-01")), 100_000, 100),
                new ScoredAccount(profile("r1", won("r1", "20000", "2023-01-01"), won("r1", "20000", "2024-06-01")), 20_000, 80),
                established("r2", 15_000), established("r3", 10_000), established("r4", 5_000));

        Map<String, TierDecision> decisions = byId(accounts, new TierAssigner(TierConfig.defaults()).assign(accounts));

        assertThat(decisions.get("prospect")).isEqualTo(new TierDecision(Tier.PROSPECT, TierBasis.PROSPECT));
        assertThat(decisions.get("new")).isEqualTo(new TierDecision(Tier.NEW, TierBasis.NEW));
        assertThat(decisions.get("whale")).isEqualTo(new TierDecision(Tier.A, TierBasis.OUTLIER));
        assertThat(decisions.get("r1").tier()).as("the outlier is left out of the cut-offs").isEqualTo(Tier.A);
        assertThat(decisions.get("r4").tier()).isEqualTo(Tier.D);
        assertThat(decisions.get("r4").basis()).isEqualTo(TierBasis.RANKED);
        assertThat(decisions).hasSize(7);
    }

    @Test
    void lapsedCustomersAreTierDAndLeftOutOfTheCutOffs() {
        List<ScoredAccount> active = List.of(established("r1", 20_000), established("r2", 15_000), established("r3", 10_000),
                established("r4", 5_000));
        List<ScoredAccount> withLapsed = new java.util.ArrayList<>(active);
        for (int i = 0; i < 4; i++) {
            withLapsed.add(new ScoredAccount(profile("l" + i, won("l" + i, "9000", "2022-06-01"), won("l" + i, "9000", "2023-11-30")),
                    -2_000, 0));
        }

        Map<String, TierDecision> decisions = byId(withLapsed, new TierAssigner(TierConfig.defaults()).assign(withLapsed));

        assertThat(decisions.get("l0")).isEqualTo(new TierDecision(Tier.D, TierBasis.LAPSED));
        assertThat(decisions.get("l3")).isEqualTo(new TierDecision(Tier.D, TierBasis.LAPSED));
        Map<String, TierDecision> alone = byId(active, new TierAssigner(TierConfig.defaults()).assign(active));
        for (String id : List.of("r1", "r2", "r3", "r4")) {
            assertThat(decisions.get(id)).as(id + " ranks as if the lapsed were not there").isEqualTo(alone.get(id));
        }
        assertThat(decisions.get("r3").tier()).isEqualTo(Tier.C);
    }

    private static <T> Map<String, T> byId(List<ScoredAccount> accounts, T[] values) {
        Map<String, T> byId = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byId.put(accounts.get(i).accountId(), values[i]);
        }
        return byId;
    }

    private static ScoredAccount established(String id, double quality) {
        return new ScoredAccount(profile(id, won(id, "1", "2023-01-01"), won(id, "1", "2024-06-01")), quality, 50);
    }

    private static ScoredAccount scored(String id, double quality) {
        return new ScoredAccount(profile(id, won(id, "1", "2024-06-01")), quality, 50);
    }
}
