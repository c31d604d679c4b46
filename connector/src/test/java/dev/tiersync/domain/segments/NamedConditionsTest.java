package dev.tiersync.domain.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.signals.ChurnRisk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Segments that ask for conditions a plugin judges: met only when every one is, checked for reachability like the others. */
class NamedConditionsTest {

    static final NamedCondition COMPETITOR_CRM = new NamedCondition("uses-technology", Map.of("technology", "HubSpot, Pipedrive"));
    static final NamedCondition ON_AWS = new NamedCondition("uses-technology", Map.of("technology", "AWS"));

    @Test
    void aSegmentWithConditionsTakesAnAccountOnlyWhenItsOwnConditionsAndEveryNamedOneAreMet() {
        SegmentRules rules = new SegmentRules(List.of(
                segment("Competitor CRM on AWS", Set.of(Tier.A, Tier.B), COMPETITOR_CRM, ON_AWS),
                segment("Competitor CRM", Set.of(), COMPETITOR_CRM),
                SegmentDefinition.catchAll("Rest")));
        ConditionJudge both = judge(Map.of(COMPETITOR_CRM, "uses HubSpot (crm)", ON_AWS, "uses AWS"));
        ConditionJudge crmOnly = judge(Map.of(COMPETITOR_CRM, "uses HubSpot (crm)"));

        assertThat(choose(rules, Tier.A, both)).isEqualTo(new SegmentChoice("Competitor CRM on AWS", List.of("uses HubSpot (crm)", "uses AWS")));
        assertThat(choose(rules, Tier.A, crmOnly)).isEqualTo(new SegmentChoice("Competitor CRM", List.of("uses HubSpot (crm)")));
        assertThat(choose(rules, Tier.C, both)).as("Tier C fails the first segment's own condition")
                .isEqualTo(new SegmentChoice("Competitor CRM", List.of("uses HubSpot (crm)")));
        assertThat(choose(rules, Tier.A, ConditionJudge.NONE)).isEqualTo(new SegmentChoice("Rest", List.of()));
        assertThat(rules.segmentOf(Tier.A, SizeBand.SMALL, Region.EMEA, "Technology", ChurnRisk.NONE, false))
                .as("with nothing to judge them, named conditions are not met").isEqualTo("Rest");
    }

    @Test
    void namedConditionsAreJudgedOnlyForAccountsThatMeetTheSegmentsOwnConditionsAndStopAtTheFirstNotMet() {
        SegmentRules rules = new SegmentRules(List.of(
                segment("Top on AWS and CRM", Set.of(Tier.A), ON_AWS, COMPETITOR_CRM),
                SegmentDefinition.catchAll("Rest")));
        List<NamedCondition> asked = new ArrayList<>();
        ConditionJudge recording = condition -> {
            asked.add(condition);
            return Optional.empty();
        };

        choose(rules, Tier.D, recording);
        assertThat(asked).as("a Tier D account never reaches the conditions").isEmpty();
        choose(rules, Tier.A, recording);
        assertThat(asked).as("AWS is not met, so the CRM is not asked").containsExactly(ON_AWS);
    }

    @Test
    void aSegmentAfterABroaderOneWithoutItsConditionIsUnreachableAndOneBeforeIsNot() {
        assertThatThrownBy(() -> new SegmentRules(List.of(
                new SegmentDefinition("Top", Set.of(Tier.A, Tier.B), Set.of(), Set.of(), Set.of(), Set.of(), null),
                segment("Top on a competitor's CRM", Set.of(Tier.A), COMPETITOR_CRM),
                SegmentDefinition.catchAll("Rest"))))
                .hasMessageContaining("'Top on a competitor's CRM' can never match: every account it takes is taken first by 'Top'");

        SegmentRules conditionFirst = new SegmentRules(List.of(
                segment("Top on a competitor's CRM", Set.of(Tier.A), COMPETITOR_CRM),
                new SegmentDefinition("Top", Set.of(Tier.A, Tier.B), Set.of(), Set.of(), Set.of(), Set.of(), null),
                SegmentDefinition.catchAll("Rest")));
        assertThat(conditionFirst.segments()).hasSize(3);
    }

    @Test
    void aSegmentWithAConditionNeverCoversOneWithoutItButCoversOneAskingForTheSameCondition() {
        SegmentRules otherTechnology = new SegmentRules(List.of(
                segment("On AWS", Set.of(), ON_AWS),
                segment("Competitor CRM", Set.of(), COMPETITOR_CRM),
                segment("Anyone A", Set.of(Tier.A)),
                SegmentDefinition.catchAll("Rest")));
        assertThat(otherTechnology.namedConditions()).containsExactly(ON_AWS, COMPETITOR_CRM);

        assertThatThrownBy(() -> new SegmentRules(List.of(
                segment("On AWS", Set.of(), ON_AWS),
                segment("A on AWS", Set.of(Tier.A), ON_AWS),
                SegmentDefinition.catchAll("Rest"))))
                .hasMessageContaining("'A on AWS' can never match: every account it takes is taken first by 'On AWS'");
    }

    @Test
    void aSegmentWithOnlyNamedConditionsIsNoCatchAll() {
        assertThatThrownBy(() -> new SegmentRules(List.of(segment("On AWS", Set.of(), ON_AWS))))
                .hasMessageContaining("the last segment ('On AWS') must be a catch-all");
    }

    @Test
    void aConditionNeedsAWellFormedNameAndIsNamedOncePerSegment() {
        assertThatThrownBy(() -> new NamedCondition("Uses Technology", Map.of()))
                .hasMessageContaining("a condition's name must be lower case letters, digits and dashes");
        assertThatThrownBy(() -> segment("Twice", Set.of(), ON_AWS, new NamedCondition("uses-technology", Map.of("technology", "AWS"))))
                .hasMessage("segments: 'Twice' names the same condition twice");
        assertThat(new NamedCondition("uses-technology", Map.of("technology", "AWS", "category", "cloud")))
                .hasToString("uses-technology {category=cloud, technology=AWS}");
    }

    private static SegmentChoice choose(SegmentRules rules, Tier tier, ConditionJudge judge) {
        return rules.choose(tier, SizeBand.SMALL, Region.EMEA, "Technology", ChurnRisk.NONE, false, judge);
    }

    private static ConditionJudge judge(Map<NamedCondition, String> met) {
        return condition -> Optional.ofNullable(met.get(condition));
    }

    private static SegmentDefinition segment(String name, Set<Tier> tiers, NamedCondition... conditions) {
        return new SegmentDefinition(name, tiers, Set.of(), Set.of(), Set.of(), Set.of(), null, List.of(conditions));
    }
}
