package dev.tiersync.domain.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.signals.ChurnRisk;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {

    private final SegmentRules defaults = SegmentRules.defaults();

    @Test
    void anEnterpriseInTierAOrBIsStrategic() {
        assertThat(segment(Tier.B, SizeBand.ENTERPRISE, ChurnRisk.NONE, false)).isEqualTo("Strategic Enterprise");
    }

    @Test
    void theFirstMatchingSegmentWins() {
        assertThat(segment(Tier.A, SizeBand.ENTERPRISE, ChurnRisk.HIGH, false)).isEqualTo("At Risk");
        assertThat(segment(Tier.C, SizeBand.SMALL, ChurnRisk.LOW, true)).isEqualTo("Expansion");
        assertThat(segment(Tier.A, SizeBand.SMALL, ChurnRisk.NONE, false)).isEqualTo("Core");
        assertThat(segment(Tier.PROSPECT, SizeBand.UNKNOWN, ChurnRisk.NONE, false)).isEqualTo("Prospects");
    }

    @Test
    void everythingElseFallsToTheCatchAll() {
        assertThat(segment(Tier.D, SizeBand.SMALL, ChurnRisk.MEDIUM, false)).isEqualTo("Long Tail");
    }

    @Test
    void theLastSegmentMustBeACatchAll() {
        assertThatThrownBy(() -> new SegmentRules(List.of(segment("Only A", Set.of(Tier.A)))))
                .hasMessageContaining("the last segment ('Only A') must be a catch-all");
    }

    @Test
    void aSegmentHiddenBehindAnEarlierOneIsRejected() {
        assertThatThrownBy(() -> new SegmentRules(List.of(segment("Top", Set.of(Tier.A, Tier.B)), segment("Very Top", Set.of(Tier.A)),
                SegmentDefinition.catchAll("Rest"))))
                .hasMessageContaining("'Very Top' can never match: every account it takes is taken first by 'Top'");
    }

    @Test
    void aSegmentOfUpsellProspectsIsRejectedAsUnreachable() {
        assertThatThrownBy(() -> new SegmentRules(List.of(
                new SegmentDefinition("Hot Prospects", Set.of(Tier.PROSPECT), Set.of(), Set.of(), Set.of(), Set.of(), true),
                SegmentDefinition.catchAll("Rest"))))
                .hasMessageContaining("'Hot Prospects' can never match");
    }

    @Test
    void segmentNamesMustBeUnique() {
        assertThatThrownBy(() -> new SegmentRules(List.of(segment("X", Set.of(Tier.A)), SegmentDefinition.catchAll("X"))))
                .hasMessageContaining("the name 'X' is used twice");
    }

    private String segment(Tier tier, SizeBand size, ChurnRisk churn, boolean upsell) {
        return defaults.segmentOf(tier, size, Region.EMEA, "Technology", churn, upsell);
    }

    private static SegmentDefinition segment(String name, Set<Tier> tiers) {
        return new SegmentDefinition(name, tiers, Set.of(), Set.of(), Set.of(), Set.of(), null);
    }
}
