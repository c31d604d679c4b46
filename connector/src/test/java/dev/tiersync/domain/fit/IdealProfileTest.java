package dev.tiersync.domain.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.testdata.FitViews;
import dev.tiersync.testdata.PlantedOrg;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An admin-defined ideal customer profile: criteria with weights, judged by the same lift chart as the learnt schemes. */
class IdealProfileTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final List<ProfileCriterion> PLANTED = List.of(
            ProfileCriterion.in("industry", 3, "Technology"),
            ProfileCriterion.range("employees", 1000.0, null, 2),
            ProfileCriterion.in("region", 1, "North America"));

    @Test
    void aProfileOfThePlantedTraitsBeatsTheDiagonalAndItsReasonsNameTheCriteriaMatched() {
        PlantedOrg org = PlantedOrg.generate(3_000, AS_OF, 1.0, 11);
        List<FitAccount> views = FitViews.of(org.histories(), AS_OF, SegmentationConfig.defaults(), org.enrichment());

        FitOutcome outcome = new FitLearner(FitConfig.builder().scheme(SchemeKind.PROFILE).profile(PLANTED).build()).learn(views);

        SchemeEvaluation profile = outcome.report().evaluation(SchemeKind.PROFILE).orElseThrow();
        System.out.println(profile.verdict());
        assertThat(outcome.report().schemes()).extracting(SchemeEvaluation::kind)
                .containsExactly(SchemeKind.TREE, SchemeKind.REGRESSION, SchemeKind.PROFILE);
        assertThat(profile.beatsDiagonal()).isTrue();
        assertThat(profile.verdict()).contains("judged on all 1,541 customers (it learns from none)");
        assertThat(outcome.model().orElseThrow().kind()).isEqualTo(SchemeKind.PROFILE);
        assertThat(outcome.report().decision()).startsWith("the ideal customer profile the rules name").contains("it beats the diagonal");
        FitAccount match = views.stream().filter(v -> "Technology".equals(v.category(FitVariable.INDUSTRY))
                && v.number(FitVariable.EMPLOYEES) >= 1000 && "North America".equals(v.category(FitVariable.REGION))).findFirst().orElseThrow();
        FitScore score = outcome.model().orElseThrow().score(match);
        assertThat(score.tier()).isEqualTo(FitTier.STRONG);
        assertThat(score.reason()).matches("Fit Strong \\(\\d+/100\\): Technology, 1,000\\+ employees, North America; \\d+% of such "
                + "customers are tier A\\.");
        System.out.println(score.reason());
    }

    @Test
    void withTooFewCustomersToLearnFromAProfileTheRulesNameIsStillWrittenAndJudged() {
        PlantedOrg org = PlantedOrg.generate(200, AS_OF, 1.0, 3);
        List<FitAccount> views = FitViews.of(org.histories(), AS_OF, SegmentationConfig.defaults(), org.enrichment());

        FitOutcome outcome = new FitLearner(FitConfig.builder().scheme("profile").profile(PLANTED).build()).learn(views);

        assertThat(outcome.report().population().customers()).isLessThan(200);
        assertThat(outcome.report().schemes()).extracting(SchemeEvaluation::kind).containsExactly(SchemeKind.PROFILE);
        assertThat(outcome.model()).isPresent();
        assertThat(outcome.scoreAll(views)).anyMatch(s -> s.tier() == FitTier.STRONG).anyMatch(s -> s.tier() == FitTier.WEAK);
    }

    @Test
    void underAutoAProfileOfTraitsThatSayNothingIsNotUsed() {
        PlantedOrg org = PlantedOrg.generate(200, AS_OF, 1.0, 3);
        List<FitAccount> views = FitViews.of(org.histories(), AS_OF, SegmentationConfig.defaults(), org.enrichment());
        List<ProfileCriterion> noise = List.of(ProfileCriterion.in("type", 1, "Customer - Channel"),
                ProfileCriterion.range("attribute.Web_Visits", 30.0, null, 1));

        FitOutcome outcome = new FitLearner(FitConfig.builder().profile(noise).build()).learn(views);

        assertThat(outcome.model()).isEmpty();
        SchemeEvaluation profile = outcome.report().evaluation(SchemeKind.PROFILE).orElseThrow();
        assertThat(profile.beatsDiagonal()).isFalse();
        assertThat(outcome.report().decision()).startsWith("no fit: no scheme beats the diagonal by a clear margin")
                .contains("profile area").contains("too few customers to learn from");
    }

    @Test
    void anAccountThatHasNoneOfTheProfilesTraitsIsUnknownNotWeak() {
        PlantedOrg org = PlantedOrg.generate(200, AS_OF, 1.0, 3);
        List<FitAccount> views = FitViews.of(org.histories(), AS_OF, SegmentationConfig.defaults());
        FitModel model = new FitLearner(FitConfig.builder().scheme("profile").profile(PLANTED).build()).learn(views).model().orElseThrow();

        FitScore blank = model.score(FitAccount.builder("001BLANK").build());

        assertThat(blank.tier()).isEqualTo(FitTier.UNKNOWN);
        assertThat(blank.score()).isEmpty();
        assertThat(blank.reason()).isEqualTo("Fit Unknown: none of the traits the fit reads is known (Industry, Employees, Region).");
    }
}
