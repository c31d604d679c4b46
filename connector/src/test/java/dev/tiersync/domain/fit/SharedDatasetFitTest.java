package dev.tiersync.domain.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.testdata.FitViews;
import dev.tiersync.testdata.OrgHistories;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fit on the real CRM export in ../shared (85 accounts, 2016–2017), assessed as of 2018-01-01. */
class SharedDatasetFitTest {

    private static final LocalDate AS_OF = LocalDate.of(2018, 1, 1);
    private static List<FitAccount> views;

    @BeforeAll
    static void load() {
        if (!OrgHistories.sharedDatasetPresent()) {
            String missing = "../shared is not beside the project: " + OrgHistories.SHARED_DATASET.toAbsolutePath();
            if ("true".equals(System.getenv("CI"))) {
                fail(missing);
            }
            assumeTrue(false, missing);
        }
        OrgData data = OrgData.fromCsvFolder(OrgHistories.SHARED_DATASET);
        Map<String, Integer> yearStarted = new HashMap<>();
        for (Map<String, String> row : data.records().get("Account")) {
            if (row.get("YearStarted") != null) {
                yearStarted.put(row.get("Id"), Integer.valueOf(row.get("YearStarted")));
            }
        }
        // YearStarted is in the export but not pulled yet: an enrichment stands in for the pull
        views = FitViews.of(OrgHistories.of(data).histories(), AS_OF, SegmentationConfig.defaults(),
                (account, view) -> view.yearStarted(yearStarted.get(account.id())));
    }

    @Test
    void withTheShippedMinimumThereAreTooFewCustomersAndTheReportSaysSoButStillProfilesThem() {
        FitOutcome outcome = new FitLearner(FitConfig.defaults()).learn(views);

        outcome.report().lines().forEach(System.out::println);
        FitPopulation population = outcome.report().population();
        assertThat(population.accounts()).isEqualTo(85);
        assertThat(population.customers()).isBetween(40, 199);
        assertThat(outcome.model()).isEmpty();
        assertThat(outcome.report().decision()).isEqualTo(String.format(Locale.ROOT, "no fit: too few customers to learn from: %d "
                + "established, at least 200 needed (tiersync.segmentation.fit.min-customers)", population.customers()));
        assertThat(outcome.report().schemes()).isEmpty();
        TierProfile profile = outcome.report().profile().orElseThrow();
        assertThat(profile.groups()).containsExactly("A", "B", "C", "D");
        assertThat(profile.top()).hasSize(10);
        assertThat(profile.bottom()).hasSize(10);
        assertThat(profile.top().get(0).quality()).isGreaterThan(profile.bottom().get(0).quality());
        assertThat(profile.contrasts()).extracting(c -> c.variable().key())
                .contains("industry", "employees", "annual-revenue", "region", "age-years");
        assertThat(outcome.scoreAll(views)).hasSize(85).allSatisfy(score -> {
            assertThat(score.tier()).isEqualTo(FitTier.UNKNOWN);
            assertThat(score.reason()).isEqualTo(String.format(Locale.ROOT,
                    "Fit Unknown: no fit, too few customers to learn from (%d, at least 200).", population.customers()));
        });
    }

    @Test
    void withTheMinimumLoweredToItsSizeTheSchemesAreJudgedHonestlyOnHeldOutCustomers() {
        FitConfig small = FitConfig.builder().minCustomers(40).minNodeSize(10).build();

        FitOutcome outcome = new FitLearner(small).learn(views);

        outcome.report().lines().forEach(System.out::println);
        List<SchemeEvaluation> schemes = outcome.report().schemes();
        assertThat(schemes).extracting(SchemeEvaluation::kind).containsExactly(SchemeKind.TREE, SchemeKind.REGRESSION);
        int customers = outcome.report().population().customers();
        for (SchemeEvaluation scheme : schemes) {
            assertThat(scheme.lift().customers()).isEqualTo(customers);
            assertThat(scheme.lift().captured()).hasSize(101);
            assertThat(scheme.verdict()).contains("judged by 5-fold cross-validation on " + customers + " customers");
            System.out.printf(Locale.ROOT, "shared dataset, %s: top 25%% holds %.1f%% of the actual top 25%%, area %.3f, p %.3f%n",
                    scheme.kind().key(), 100 * scheme.captureAtQuarter(), scheme.areaOverDiagonal(), scheme.pValue());
        }
        List<FitScore> scores = outcome.scoreAll(views);
        assertThat(scores).hasSize(85);
        if (outcome.model().isPresent()) {
            assertThat(outcome.report().chosenEvaluation().orElseThrow().beatsDiagonal()).isTrue();
            assertThat(scores).noneMatch(s -> s.tier() == FitTier.UNKNOWN && s.score().isPresent());
        } else {
            assertThat(schemes).noneMatch(SchemeEvaluation::beatsDiagonal);
            assertThat(outcome.report().decision()).startsWith("no fit: no scheme beats the diagonal by a clear margin");
            assertThat(scores).allMatch(s -> s.tier() == FitTier.UNKNOWN);
        }
    }
}
