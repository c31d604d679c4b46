package dev.tiersync.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.tiering.TierConfig;
import org.junit.jupiter.api.Test;

/** A kept fit is used only under the rules it was learnt by: the key is the same for the same rules, in any process. */
class FitRulesKeyTest {

    @Test
    void theSameRulesBuiltTwiceHaveTheSameKey() {
        assertThat(new Segmenter(SegmentationConfig.defaults()).fitRulesKey())
                .isEqualTo(new Segmenter(SegmentationConfig.defaults()).fitRulesKey())
                .doesNotContain("@");
    }

    @Test
    void changingTheFitOrTheTiersChangesTheKey() {
        String key = new Segmenter(SegmentationConfig.defaults()).fitRulesKey();

        assertThat(new Segmenter(SegmentationConfig.defaults().withFit(FitConfig.builder().seed(99).build())).fitRulesKey())
                .isNotEqualTo(key);
        TierConfig tiers = TierConfig.defaults();
        TierConfig sooner = new TierConfig(tiers.method(), tiers.pareto(), tiers.weighted(), tiers.newCustomerDays() / 2,
                tiers.outlierFactor());
        assertThat(new Segmenter(SegmentationConfig.defaults().withTiers(sooner)).fitRulesKey()).isNotEqualTo(key);
    }
}
