package dev.tiersync.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.FitReport;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.fit.FitVariable;
import dev.tiersync.domain.fit.ProfileCriterion;
import dev.tiersync.domain.fit.SchemeKind;
import dev.tiersync.domain.fit.VariableProfile;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.profile.Enrichment;
import dev.tiersync.domain.segments.NamedCondition;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.domain.signals.PluginSignals;
import dev.tiersync.domain.tiering.TierBasis;
import dev.tiersync.domain.value.ValueScoreConfig;
import dev.tiersync.testdata.OrgHistories;
import dev.tiersync.testdata.PlantedOrg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fit as the segmentation engine computes it for every account: learnt from the customers, written as
 * a fit score and tier, in the prospects' reasons and their segment; or, with nothing to learn from, no fit
 * and the reason why. Orgs are generated with value planted on traits by a generator that knows nothing of the fit.
 */
class FitInTheEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @Test
    void everyAccountGetsAFitAndStrongProspectsTheirSegmentAndTheFitInTheirReasons() {
        PlantedOrg org = PlantedOrg.generate(3_000, AS_OF, 1.0, 7);

        Assessment assessment = new Segmenter(SegmentationConfig.defaults()).assessment(org.histories(), AS_OF, Extensions.NONE);

        FitReport fit = assessment.fitReport();
        assertThat(fit.hasFit()).as(fit.decision()).isTrue();
        assertThat(fit.chosenEvaluation().orElseThrow().captureAtQuarter()).as("the chosen scheme's capture at 25 %%")
                .isGreaterThan(0.5);
        List<Segmentation> results = assessment.results();
        assertThat(results).filteredOn(s -> s.tierBasis() == TierBasis.RANKED).extracting(Segmentation::fitTier)
                .as("customers get a fit too").contains(FitTier.STRONG, FitTier.MODERATE, FitTier.WEAK);
        for (Segmentation s : results) {
            assertThat(s.fitScore() == null).as("a fit score exactly when the tier is known, %s", s.accountId())
                    .isEqualTo(s.fitTier() == FitTier.UNKNOWN);
            if (s.fitScore() != null) {
                assertThat(s.fitScore()).isBetween(0.0, 100.0);
                assertThat(Math.round(s.fitScore() * 10) / 10.0).isEqualTo(s.fitScore());
            }
            if (s.tierBasis() == TierBasis.PROSPECT) {
                assertThat(s.reasons()).startsWith("Tier Prospect: no deal won yet. Fit " + s.fitTier().picklistValue());
                assertThat(s.segment().equals(SegmentRules.STRONG_FIT_PROSPECTS)).isEqualTo(s.fitTier() == FitTier.STRONG);
            } else {
                assertThat(s.reasons()).doesNotContain("Fit ");
                assertThat(s.segment()).isNotEqualTo(SegmentRules.STRONG_FIT_PROSPECTS);
            }
        }
    }

    @Test
    void anOrgWhereNoTraitSaysAnythingAboutValueGetsNoFitAndItsProspectsReadAsBefore() {
        // no planted effect, and no bonus for Enterprise size in the quality score, which would itself plant one
        SegmentationConfig rules = SegmentationConfig.defaults();
        ValueScoreConfig v = rules.value();
        rules = new SegmentationConfig(rules.industries(), rules.sizeBands(), new ValueScoreConfig(v.costToServeRate(),
                v.costToServeFixed(), v.growthBonus(), v.shrinkPenalty(), v.cancellationPenalty(), 0), rules.tiers(), rules.churn(),
                rules.upsell(), rules.segments());
        PlantedOrg org = PlantedOrg.generate(3_000, AS_OF, 0.0, 19);

        Assessment assessment = new Segmenter(rules).assessment(org.histories(), AS_OF, Extensions.NONE);

        assertThat(assessment.fitReport().hasFit()).isFalse();
        assertThat(assessment.fitReport().decision()).startsWith("no fit: no scheme beats the diagonal by a clear margin");
        assertThat(assessment.results()).allSatisfy(s -> {
            assertThat(s.fitTier()).isEqualTo(FitTier.UNKNOWN);
            assertThat(s.fitScore()).isNull();
            assertThat(s.segment()).isNotEqualTo(SegmentRules.STRONG_FIT_PROSPECTS);
        });
        assertThat(assessment.results()).filteredOn(s -> s.tierBasis() == TierBasis.PROSPECT).isNotEmpty()
                .allSatisfy(s -> assertThat(s.reasons()).isEqualTo("Tier Prospect: no deal won yet."));
    }

    @Test
    void whatAnEnricherFoundIsAVariableTheFitLearnsFromAndProfiles() {
        PlantedOrg org = PlantedOrg.generate(3_000, AS_OF, 1.0, 11);
        Random noise = new Random(3);
        List<String> cloud = new ArrayList<>();
        for (AccountHistory history : org.histories()) {
            // the planted cloud trait, observed by the enricher for most accounts, with a number of pure noise
            cloud.add(noise.nextDouble() < 0.1 ? null : org.truth(history.accountId()).cloud() ? "yes" : "no");
        }
        Extensions enricher = new EnrichingExtensions(org.histories(), cloud, noise.nextLong());

        FitReport fit = new Segmenter(SegmentationConfig.defaults()).assessment(org.histories(), AS_OF, enricher).fitReport();

        List<String> profiled = fit.profile().orElseThrow().variables().stream().map(VariableProfile::variable)
                .map(FitVariable::key).toList();
        assertThat(profiled).contains("attribute.planted.cloud", "attribute.planted.visits");
        assertThat(fit.hasFit()).isTrue();
    }

    @Test
    void theSameAccountsInAnotherOrderGetTheSameFit() {
        PlantedOrg org = PlantedOrg.generate(1_500, AS_OF, 1.0, 23);
        List<AccountHistory> shuffled = new ArrayList<>(org.histories());
        Collections.shuffle(shuffled, new Random(5));
        Segmenter segmenter = new Segmenter(SegmentationConfig.defaults().withFit(FitConfig.builder().minCustomers(100).build()));

        List<Segmentation> once = segmenter.assess(org.histories(), AS_OF);
        List<Segmentation> again = segmenter.assess(shuffled, AS_OF);

        assertThat(again).containsExactlyInAnyOrderElementsOf(once);
    }

    @Test
    void theSharedDatasetHasTooFewCustomersToLearnFromAndSaysSoWithoutWritingAFit() {
        List<AccountHistory> histories = sharedDataset();

        Assessment assessment = new Segmenter(SegmentationConfig.defaults()).assessment(histories, LocalDate.of(2018, 1, 1),
                Extensions.NONE);

        assertThat(assessment.results()).hasSize(85);
        assertThat(assessment.fitReport().hasFit()).isFalse();
        assertThat(assessment.fitReport().decision()).startsWith("no fit: too few customers to learn from: ")
                .endsWith("at least 200 needed (tiersync.segmentation.fit.min-customers)");
        assertThat(assessment.results()).allSatisfy(s -> assertThat(s.fitTier()).isEqualTo(FitTier.UNKNOWN));
    }

    @Test
    void onTheSharedDatasetAnIdealCustomerProfileFromTheRulesIsWrittenAndJudgedByTheLiftChart() {
        List<AccountHistory> histories = sharedDataset();
        FitConfig icp = FitConfig.builder().scheme(SchemeKind.PROFILE).profile(List.of(
                ProfileCriterion.range("employees", 1000.0, null, 2), ProfileCriterion.in("region", 1, "North America"))).build();

        Assessment assessment = new Segmenter(SegmentationConfig.defaults().withFit(icp)).assessment(histories,
                LocalDate.of(2018, 1, 1), Extensions.NONE);

        FitReport fit = assessment.fitReport();
        fit.lines().forEach(System.out::println);
        assertThat(fit.chosen()).contains(SchemeKind.PROFILE);
        assertThat(fit.chosenEvaluation().orElseThrow().lift().captured()).hasSize(101);
        assertThat(fit.decision()).startsWith("the ideal customer profile the rules name (tiersync.segmentation.fit.scheme) is used");
        assertThat(assessment.results()).extracting(Segmentation::fitTier).as("accounts with a fit written from the profile")
                .filteredOn(t -> t != FitTier.UNKNOWN).hasSizeGreaterThan(42);
    }

    private static List<AccountHistory> sharedDataset() {
        if (!OrgHistories.sharedDatasetPresent()) {
            String missing = "../shared is not beside the project: " + OrgHistories.SHARED_DATASET.toAbsolutePath();
            if ("true".equals(System.getenv("CI"))) {
                fail(missing);
            }
            assumeTrue(false, missing);
        }
        return OrgHistories.sharedDataset().histories();
    }

    /** An enricher that knows a planted trait of each account, and a number that means nothing. */
    private static final class EnrichingExtensions implements Extensions {

        private final java.util.Map<String, Enrichment> byId = new java.util.HashMap<>();

        EnrichingExtensions(List<AccountHistory> histories, List<String> cloud, long seed) {
            Random noise = new Random(seed);
            for (int i = 0; i < histories.size(); i++) {
                Enrichment.Builder found = Enrichment.builder().put("planted.visits",
                        new Enrichment.Number(Math.floor(Math.exp(3 + noise.nextGaussian()))));
                if (cloud.get(i) != null) {
                    found.put("planted.cloud", new Enrichment.Text(cloud.get(i)));
                }
                byId.put(histories.get(i).accountId(), found.build());
            }
        }

        @Override
        public List<Enrichment> enrich(List<AccountProfile> accounts) {
            return accounts.stream().map(a -> byId.getOrDefault(a.accountId(), Enrichment.NONE)).toList();
        }

        @Override
        public PluginSignals signals() {
            return PluginSignals.NONE;
        }

        @Override
        public Optional<String> reasonIfMet(NamedCondition condition, AccountProfile account) {
            return Optional.empty();
        }

        @Override
        public int withdrawals() {
            return 0;
        }
    }
}
