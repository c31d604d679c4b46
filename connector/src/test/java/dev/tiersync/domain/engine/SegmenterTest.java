package dev.tiersync.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.tiering.ParetoCutoffs;
import dev.tiersync.domain.tiering.TierConfig;
import dev.tiersync.domain.tiering.TierMethodName;
import dev.tiersync.domain.tiering.WeightedModel;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.testdata.OrgHistories;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Properties of the whole engine on generated orgs, for every tier method. */
class SegmenterTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final List<AccountHistory> ORG = OrgHistories.of(OrgData.generate(600, 21, AS_OF)).histories();

    @ParameterizedTest
    @EnumSource(TierMethodName.class)
    void everyAccountGetsExactlyOneTierAndOneSegmentOfTheConfiguredSet(TierMethodName method) {
        SegmentationConfig config = config(method);

        List<Segmentation> results = new Segmenter(config).assess(ORG, AS_OF);

        assertThat(results).hasSize(ORG.size());
        assertThat(results).extracting(Segmentation::accountId)
                .containsExactlyElementsOf(ORG.stream().map(AccountHistory::accountId).toList());
        Set<String> names = config.segments().segments().stream().map(s -> s.name()).collect(Collectors.toSet());
        assertThat(results).allSatisfy(r -> {
            assertThat(r.tier()).isNotNull();
            assertThat(names).contains(r.segment());
            assertThat(r.reasons()).isNotBlank().hasSizeLessThanOrEqualTo(255).startsWith("Tier " + r.tier().picklistValue());
            assertThat(r.valueScore()).isBetween(0.0, 100.0);
            assertThat(r.valueScore() * 10).isEqualTo(Math.rint(r.valueScore() * 10));
        });
        assertThat(results.stream().map(Segmentation::tier).collect(Collectors.toSet()))
                .contains(Tier.A, Tier.D, Tier.PROSPECT);
    }

    @ParameterizedTest
    @EnumSource(TierMethodName.class)
    void resultsAreDeterministicAndIndependentOfInputOrder(TierMethodName method) {
        Segmenter segmenter = new Segmenter(config(method));
        Map<String, Segmentation> first = byId(segmenter.assess(ORG, AS_OF));
        List<AccountHistory> shuffled = new ArrayList<>(ORG);
        Collections.shuffle(shuffled, new Random(5));

        Map<String, Segmentation> again = byId(segmenter.assess(shuffled, AS_OF));

        assertThat(again).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(TierMethodName.class)
    void prospectsAreExactlyTheAccountsThatNeverWon(TierMethodName method) {
        List<Segmentation> results = new Segmenter(config(method)).assess(ORG, AS_OF);

        for (Segmentation r : results) {
            assertThat(r.tier() == Tier.PROSPECT).as(r.accountId()).isEqualTo(!r.metrics().isCustomer());
            if (r.tier() == Tier.PROSPECT) {
                assertThat(r.upsellCandidate()).isFalse();
                assertThat(r.valueScore()).isZero();
            }
        }
    }

    private static SegmentationConfig config(TierMethodName method) {
        return SegmentationConfig.defaults().withTiers(new TierConfig(method, ParetoCutoffs.defaults(), WeightedModel.defaults(), 90, 4));
    }

    private static Map<String, Segmentation> byId(List<Segmentation> results) {
        return results.stream().collect(Collectors.toMap(Segmentation::accountId, Function.identity()));
    }
}
