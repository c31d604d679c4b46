package dev.tiersync.domain.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FitConfigTest {

    @Test
    void theShippedSettingsAreValidAndNameNoScheme() {
        FitConfig config = FitConfig.defaults();

        assertThat(config.minCustomers()).isEqualTo(200);
        assertThat(config.minNodeSize()).isEqualTo(20);
        assertThat(config.folds()).isEqualTo(5);
        assertThat(config.strongFrom()).isEqualTo(75);
        assertThat(config.moderateFrom()).isEqualTo(50);
        assertThat(config.scheme()).isEmpty();
        assertThat(config.profile()).isEmpty();
    }

    @Test
    void aConfigRebuiltFromItselfHoldsTheSameSettings() {
        FitConfig config = FitConfig.builder().minCustomers(300).minNodeSize(30).scheme("regression").seed(9)
                .profile(List.of(ProfileCriterion.in("industry", 2, "Technology"))).build();

        FitConfig copy = config.toBuilder().build();

        assertThat(copy.minCustomers()).isEqualTo(300);
        assertThat(copy.minNodeSize()).isEqualTo(30);
        assertThat(copy.scheme()).contains(SchemeKind.REGRESSION);
        assertThat(copy.seed()).isEqualTo(9);
        assertThat(copy.profile()).isEqualTo(config.profile());
    }

    @Test
    void fitScoresFallIntoTiersAtTheCutOffs() {
        FitConfig config = FitConfig.defaults();

        assertThat(config.tierOf(75)).isEqualTo(FitTier.STRONG);
        assertThat(config.tierOf(74.9)).isEqualTo(FitTier.MODERATE);
        assertThat(config.tierOf(50)).isEqualTo(FitTier.MODERATE);
        assertThat(config.tierOf(49.9)).isEqualTo(FitTier.WEAK);
        assertThat(config.tierOf(Double.NaN)).isEqualTo(FitTier.UNKNOWN);
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                bad(b -> b.minNodeSize(1), "tiersync.segmentation.fit.min-node-size must be at least 2, was 1"),
                bad(b -> b.minCustomers(10), "tiersync.segmentation.fit.min-customers must be at least 40 (twice min-node-size, 20), was 10"),
                bad(b -> b.maxDepth(0), "tiersync.segmentation.fit.max-depth must be from 1 to 8, was 0"),
                bad(b -> b.minDifference(-1), "tiersync.segmentation.fit.min-difference must be from 0 to 100, was -1"),
                bad(b -> b.significance(0), "tiersync.segmentation.fit.significance must be above 0 and at most 0.5, was 0.0"),
                bad(b -> b.maxCorrelation(1), "tiersync.segmentation.fit.max-correlation must be above 0 and below 1, was 1.0"),
                bad(b -> b.minLiftArea(0.4), "tiersync.segmentation.fit.min-lift-area must be from 0 to below 0.375 (a perfect scheme's area), was 0.4"),
                bad(b -> b.folds(1), "tiersync.segmentation.fit.folds must be from 2 to 20, was 1"),
                bad(b -> b.strongFrom(120), "tiersync.segmentation.fit.strong-from must be above 0 and at most 100, was 120.0"),
                bad(b -> b.moderateFrom(80), "tiersync.segmentation.fit.moderate-from must be above 0 and below strong-from (75.0), was 80.0"),
                bad(b -> b.trainingSample(100), "tiersync.segmentation.fit.training-sample must be at least 200 (min-customers), was 100"),
                bad(b -> b.decileFrom(10), "tiersync.segmentation.fit.decile-from must be at least 40, was 10"),
                bad(b -> b.scheme("forest"), "tiersync.segmentation.fit.scheme must be one of auto, tree, regression, profile; was 'forest'"),
                bad(b -> b.scheme("profile"), "tiersync.segmentation.fit.scheme is profile, but tiersync.segmentation.fit.profile defines no criteria"));
    }

    private static Arguments bad(UnaryOperator<FitConfig.Builder> change, String message) {
        return Arguments.of(change, message);
    }

    @ParameterizedTest
    @MethodSource("badSettings")
    void aBadSettingFailsWithOneLineNamingItsKey(UnaryOperator<FitConfig.Builder> change, String message) {
        assertThatThrownBy(() -> change.apply(FitConfig.builder()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void theSchemeIsReadAsTheRulesSpellIt() {
        assertThat(FitConfig.builder().scheme("auto").build().scheme()).isEmpty();
        assertThat(FitConfig.builder().scheme(" Tree ").build().scheme()).contains(SchemeKind.TREE);
        assertThat(FitConfig.builder().scheme((String) null).build().scheme()).isEmpty();
    }

    static Stream<Arguments> badCriteria() {
        return Stream.of(
                Arguments.of((Runnable) () -> ProfileCriterion.at(2, "headcount", List.of(), 10.0, null, 1),
                        "tiersync.segmentation.fit.profile[2].variable must be one of industry, size-band, employees, annual-revenue, "
                                + "region, billing-country, type, ownership, age-years, hierarchy or attribute.NAME; was 'headcount'"),
                Arguments.of((Runnable) () -> ProfileCriterion.at(0, "industry", List.of("Technology"), null, null, 0),
                        "tiersync.segmentation.fit.profile[0].weight must be a number above 0, was 0.0"),
                Arguments.of((Runnable) () -> ProfileCriterion.at(1, "employees", List.of("many"), null, null, 1),
                        "tiersync.segmentation.fit.profile[1]: employees is a number; give at-least/below instead of in"),
                Arguments.of((Runnable) () -> ProfileCriterion.at(1, "region", List.of(), 5.0, null, 1),
                        "tiersync.segmentation.fit.profile[1]: region takes named values; give in instead of at-least/below"),
                Arguments.of((Runnable) () -> ProfileCriterion.at(3, "employees", List.of(), 1000.0, 100.0, 1),
                        "tiersync.segmentation.fit.profile[3].at-least (1000.0) must be below .below (100.0)"),
                Arguments.of((Runnable) () -> ProfileCriterion.at(4, "attribute.Cloud", List.of(), null, null, 1),
                        "tiersync.segmentation.fit.profile[4] must give in (values) or at-least/below (a range)"));
    }

    @ParameterizedTest
    @MethodSource("badCriteria")
    void aBadProfileCriterionFailsWithOneLineNamingItsPosition(Runnable build, String message) {
        assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
