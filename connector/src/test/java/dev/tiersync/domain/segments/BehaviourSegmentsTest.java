package dev.tiersync.domain.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.behaviour.BehaviourFindings;
import dev.tiersync.domain.behaviour.DecisionChain;
import dev.tiersync.domain.behaviour.EngagementLevel;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.signals.ChurnRisk;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Segments on the decision chain and engagement the behaviour rules find. */
class BehaviourSegmentsTest {

    private final SegmentRules rules = new SegmentRules(List.of(
            new SegmentDefinition("Committee Sale", Set.of(Tier.A, Tier.B), Set.of(), Set.of(), Set.of(), Set.of(), null, List.of(),
                    Set.of(), Set.of(DecisionChain.LONG), Set.of()),
            new SegmentDefinition("Reach Out", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, List.of(), Set.of(), Set.of(),
                    Set.of(EngagementLevel.LOW, EngagementLevel.NONE)),
            SegmentDefinition.catchAll("Everyone Else")));

    @Test
    void aSegmentTakesTheAccountsOfTheDecisionChainsAndEngagementsItNames() {
        assertThat(choose(Tier.A, new BehaviourFindings(EngagementLevel.HIGH, DecisionChain.LONG))).isEqualTo("Committee Sale");
        assertThat(choose(Tier.A, new BehaviourFindings(EngagementLevel.LOW, DecisionChain.SHORT))).isEqualTo("Reach Out");
        assertThat(choose(Tier.C, new BehaviourFindings(EngagementLevel.NONE, DecisionChain.LONG))).isEqualTo("Reach Out");
        assertThat(choose(Tier.A, new BehaviourFindings(EngagementLevel.HIGH, DecisionChain.SHORT))).isEqualTo("Everyone Else");
        assertThat(choose(Tier.A, BehaviourFindings.NONE)).as("an org that records neither").isEqualTo("Everyone Else");
    }

    @Test
    void aBehaviourSegmentHiddenBehindABroaderOneIsRejected() {
        assertThatThrownBy(() -> new SegmentRules(List.of(
                new SegmentDefinition("Long", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, List.of(), Set.of(),
                        Set.of(DecisionChain.LONG), Set.of()),
                new SegmentDefinition("Long A", Set.of(Tier.A), Set.of(), Set.of(), Set.of(), Set.of(), null, List.of(), Set.of(),
                        Set.of(DecisionChain.LONG), Set.of()),
                SegmentDefinition.catchAll("Rest"))))
                .hasMessageContaining("'Long A' can never match");
    }

    private String choose(Tier tier, BehaviourFindings behaviour) {
        return rules.choose(tier, SizeBand.MID_MARKET, Region.EMEA, "Technology", ChurnRisk.NONE, false, FitTier.UNKNOWN, behaviour,
                condition -> Optional.empty()).segment();
    }
}
