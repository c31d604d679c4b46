package dev.tiersync.domain.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.fit.internal.TrainingSet;
import dev.tiersync.domain.value.ValueScoreConfig;
import dev.tiersync.testdata.FitViews;
import dev.tiersync.testdata.PlantedOrg;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fit on generated orgs whose value is planted on firmographic traits (technology, 1,000+
 * employees, North America, and a cloud enrichment attribute), with the noise real CRM data has.
 * The generator knows nothing of how the fit learns; the quality scores come from the real engine.
 */
class PlantedFitTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11, 23})
    void prospectsWithThePlantedTraitsGetAStrongFitFarMoreOftenThanOthers(long seed) {
        PlantedOrg org = PlantedOrg.generate(3_000, AS_OF, 1.0, seed);
        List<FitAccount> views = FitViews.of(org.histories(), AS_OF, SegmentationConfig.defaults(), org.enrichment());

        FitOutcome outcome = new FitLearner(FitConfig.defaults()).learn(views);
        List<FitScore> scores = outcome.scoreAll(views);

        assertThat(outcome.model()).as(outcome.report().decision()).isPresent();
        int[] prospects = new int[2];
        int[] strong = new int[2];
        for (int i = 0; i < views.size(); i++) {
            FitAccount view = views.get(i);
            int traits = org.truth(view.id()).plantedTraits();
            if (view.standing() != Standing.PROSPECT || traits == 1) {
                continue;
            }
            int group = traits >= 2 ? 0 : 1;
            prospects[group]++;
            strong[group] += scores.get(i).tier() == FitTier.STRONG ? 1 : 0;
        }
        double withTraits = (double) strong[0] / prospects[0];
        double without = (double) strong[1] / prospects[1];
        System.out.printf(Locale.ROOT, "seed %d: %s chosen; prospects with 2 or 3 of the planted traits Strong %d of %d (%.1f%%), "
                + "with none %d of %d (%.1f%%)%n", seed, outcome.model().orElseThrow().kind().key(), strong[0], prospects[0],
                100 * withTraits, strong[1], prospects[1], 100 * without);
        assertThat(withTraits).isGreaterThan(0.6);
        assertThat(without).isLessThan(withTraits / 10);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11, 23})
    void theChosenSchemesTopQuarterHoldsMostOfTheActualTopQuarterNearlyAsMuchAsTheTruthWould(long seed) {
        PlantedOrg org = PlantedOrg.generate(3_000, AS_OF, 1.0, seed);
        List<FitAccount> views = FitViews.of(org.histories(), AS_OF, SegmentationConfig.defaults(), org.enrichment());

        FitReport report = new FitLearner(FitConfig.defaults()).learn(views).report();

        SchemeEvaluation chosen = report.chosenEvaluation().orElseThrow();
        LiftChart truth = truthsLift(org, views);
        System.out.printf(Locale.ROOT, "seed %d: %s chosen, cross-validated: its top 25%% holds %.1f%% of the actual top 25%% "
                        + "(area over the diagonal %.3f); ranking by the planted multiplier itself: %.1f%% (area %.3f)%n", seed,
                chosen.kind().key(), 100 * chosen.captureAtQuarter(), chosen.areaOverDiagonal(), 100 * truth.captureAtQuarter(),
                truth.areaOverDiagonal());
        if (seed == 11) {
            report.lines().forEach(System.out::println);
        }
        assertThat(chosen.captureAtQuarter()).as("share of the actual top 25 %% in the scheme's top 25 %%").isGreaterThan(0.5);
        assertThat(chosen.captureAtQuarter()).as("against what the planted truth itself captures")
                .isGreaterThan(0.85 * truth.captureAtQuarter());
        assertThat(report.schemes()).extracting(SchemeEvaluation::kind).containsExactly(SchemeKind.TREE, SchemeKind.REGRESSION);
        assertThat(report.schemes()).allSatisfy(s -> assertThat(s.beatsDiagonal()).isTrue());
        assertThat(chosen.areaOverDiagonal()).isEqualTo(report.schemes().stream()
                .mapToDouble(SchemeEvaluation::areaOverDiagonal).max().orElseThrow());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 19})
    void anOrgWhereNoTraitSaysAnythingAboutValueGetsNoFitAndSaysWhy(long seed) {
        // strength 0: no planted effect; and no bonus for Enterprise size in the quality score, which would itself plant one
        SegmentationConfig rules = SegmentationConfig.defaults();
        ValueScoreConfig v = rules.value();
        rules = new SegmentationConfig(rules.industries(), rules.sizeBands(), new ValueScoreConfig(v.costToServeRate(),
                v.costToServeFixed(), v.growthBonus(), v.shrinkPenalty(), v.cancellationPenalty(), 0), rules.tiers(), rules.churn(),
                rules.upsell(), rules.segments());
        PlantedOrg org = PlantedOrg.generate(3_000, AS_OF, 0.0, seed);
        List<FitAccount> views = FitViews.of(org.histories(), AS_OF, rules, org.enrichment());

        FitOutcome outcome = new FitLearner(FitConfig.defaults()).learn(views);

        System.out.println("seed " + seed + ": " + outcome.report().decision());
        assertThat(outcome.model()).isEmpty();
        assertThat(outcome.report().decision()).startsWith("no fit: no scheme beats the diagonal by a clear margin");
        assertThat(outcome.noFitReason()).contains("no scheme beats chance on these customers");
        assertThat(outcome.report().schemes()).hasSize(2).noneMatch(SchemeEvaluation::beatsDiagonal);
        assertThat(outcome.scoreAll(views)).allSatisfy(score -> {
            assertThat(score.tier()).isEqualTo(FitTier.UNKNOWN);
            assertThat(score.score()).isEmpty();
            assertThat(score.reason()).isEqualTo("Fit Unknown: no fit, no scheme beats chance on these customers.");
        });
    }

    @Test
    void theTreeSplitsOnAPlantedTraitFirstAndReasonsNameThePathOfTheLeaf() {
        PlantedOrg org = PlantedOrg.generate(3_000, AS_OF, 1.0, 11);
        List<FitAccount> views = FitViews.of(org.histories(), AS_OF, SegmentationConfig.defaults(), org.enrichment());

        FitOutcome outcome = new FitLearner(FitConfig.builder().scheme(SchemeKind.TREE).build()).learn(views);

        FitModel tree = outcome.model().orElseThrow();
        List<String> lines = tree.describe();
        lines.forEach(System.out::println);
        assertThat(lines.get(0)).startsWith("All customers: 1,");
        assertThat(lines.get(1)).as("the first split").containsAnyOf("  Technology:", "  1,000+ employees", "  North America:",
                "  Enterprise:");
        FitScore strongest = outcome.scoreAll(views).stream().filter(s -> s.tier() == FitTier.STRONG)
                .max(Comparator.comparingDouble(s -> s.score().orElseThrow())).orElseThrow();
        assertThat(strongest.reason()).matches("Fit Strong \\(\\d{2,3}/100\\): [^;]+; \\d{1,3}% of such customers are tier A\\.");
        System.out.println(strongest.reason());
    }

    /** The lift of ranking customers by the multiplier the generator planted: about the best any scheme could do on this noise. */
    private static LiftChart truthsLift(PlantedOrg org, List<FitAccount> views) {
        List<FitAccount> customers = views.stream().filter(FitAccount::isCustomer).toList();
        double[] percentiles = TrainingSet.percentiles(customers);
        boolean[] top = new boolean[percentiles.length];
        double[] planted = new double[percentiles.length];
        for (int i = 0; i < planted.length; i++) {
            top[i] = percentiles[i] >= TrainingSet.TOP_QUARTER;
            planted[i] = org.truth(customers.get(i).id()).multiplier(1.0);
        }
        return LiftChart.of(planted, top);
    }
}
