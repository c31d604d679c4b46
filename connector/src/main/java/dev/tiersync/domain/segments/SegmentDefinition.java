package dev.tiersync.domain.segments;

import dev.tiersync.domain.behaviour.BehaviourFindings;
import dev.tiersync.domain.behaviour.DecisionChain;
import dev.tiersync.domain.behaviour.EngagementLevel;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.signals.ChurnRisk;
import java.util.List;
import java.util.Set;

/**
 * A named segment and the accounts it takes. An empty set, or a null upsell, matches anything;
 * every named condition must be met as well. A definition whose every condition is empty is a catch-all.
 *
 * @param industries canonical industry names
 * @param upsell true or false to require the upsell flag's value; null for either
 * @param conditions conditions a plugin judges, such as {@code uses-technology}; all must be met
 * @param fitTiers the fit tiers it takes ({@code Strong} for prospects that look like the best customers); empty for any
 * @param decisionChains the decision chains it takes (Short, Long, Unknown); empty for any
 * @param engagements the engagement levels it takes; empty for any (an account of an org without activities has none)
 * @param orgFields conditions on the org's own Account fields ({@code org-fields}), such as Rating in Hot or Warm; all must be met
 */
public record SegmentDefinition(String name, Set<Tier> tiers, Set<SizeBand> sizeBands, Set<Region> regions,
                                Set<String> industries, Set<ChurnRisk> churnRisks, Boolean upsell,
                                List<NamedCondition> conditions, Set<FitTier> fitTiers, Set<DecisionChain> decisionChains,
                                Set<EngagementLevel> engagements, List<OrgFieldCondition> orgFields) {

    public static final int MAX_NAME_LENGTH = 255;

    public SegmentDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("segments: every segment needs a name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("segments: name '" + name + "' is longer than " + MAX_NAME_LENGTH + " characters");
        }
        tiers = copy(tiers);
        sizeBands = copy(sizeBands);
        regions = copy(regions);
        industries = copy(industries);
        churnRisks = copy(churnRisks);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        fitTiers = copy(fitTiers);
        decisionChains = copy(decisionChains);
        engagements = copy(engagements);
        orgFields = orgFields == null ? List.of() : List.copyOf(orgFields);
        if (orgFields.stream().map(c -> c.apiName().toLowerCase(java.util.Locale.ROOT)).distinct().count() < orgFields.size()) {
            throw new IllegalArgumentException("segments: '" + name + "' names the same org field twice in org-fields");
        }
        if (conditions.stream().distinct().count() < conditions.size()) {
            throw new IllegalArgumentException("segments: '" + name + "' names the same condition twice");
        }
    }

    /** A segment without conditions on the org's own fields. */
    public SegmentDefinition(String name, Set<Tier> tiers, Set<SizeBand> sizeBands, Set<Region> regions, Set<String> industries,
                             Set<ChurnRisk> churnRisks, Boolean upsell, List<NamedCondition> conditions, Set<FitTier> fitTiers,
                             Set<DecisionChain> decisionChains, Set<EngagementLevel> engagements) {
        this(name, tiers, sizeBands, regions, industries, churnRisks, upsell, conditions, fitTiers, decisionChains, engagements,
                List.of());
    }

    /** This segment asking for these conditions on the org's own fields as well. */
    public SegmentDefinition withOrgFields(List<OrgFieldCondition> conditions) {
        return new SegmentDefinition(name, tiers, sizeBands, regions, industries, churnRisks, upsell, this.conditions, fitTiers,
                decisionChains, engagements, conditions);
    }

    /** A segment that takes any decision chain and engagement. */
    public SegmentDefinition(String name, Set<Tier> tiers, Set<SizeBand> sizeBands, Set<Region> regions, Set<String> industries,
                             Set<ChurnRisk> churnRisks, Boolean upsell, List<NamedCondition> conditions, Set<FitTier> fitTiers) {
        this(name, tiers, sizeBands, regions, industries, churnRisks, upsell, conditions, fitTiers, Set.of(), Set.of());
    }

    /** A segment that takes any fit. */
    public SegmentDefinition(String name, Set<Tier> tiers, Set<SizeBand> sizeBands, Set<Region> regions, Set<String> industries,
                             Set<ChurnRisk> churnRisks, Boolean upsell, List<NamedCondition> conditions) {
        this(name, tiers, sizeBands, regions, industries, churnRisks, upsell, conditions, Set.of());
    }

    /** A segment of the core's own conditions only. */
    public SegmentDefinition(String name, Set<Tier> tiers, Set<SizeBand> sizeBands, Set<Region> regions, Set<String> industries,
                             Set<ChurnRisk> churnRisks, Boolean upsell) {
        this(name, tiers, sizeBands, regions, industries, churnRisks, upsell, List.of());
    }

    public static SegmentDefinition catchAll(String name) {
        return new SegmentDefinition(name, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null);
    }

    public boolean isCatchAll() {
        return tiers.isEmpty() && sizeBands.isEmpty() && regions.isEmpty() && industries.isEmpty()
                && churnRisks.isEmpty() && upsell == null && conditions.isEmpty() && fitTiers.isEmpty()
                && decisionChains.isEmpty() && engagements.isEmpty() && orgFields.isEmpty();
    }

    /** Whether the account, of any fit, meets the core's own conditions; the named ones are judged apart ({@link SegmentRules}). */
    public boolean matches(Tier tier, SizeBand sizeBand, Region region, String industry, ChurnRisk churnRisk, boolean upsellCandidate) {
        return matches(tier, sizeBand, region, industry, churnRisk, upsellCandidate, FitTier.UNKNOWN);
    }

    /** Whether the account meets the core's own conditions, its fit tier included. */
    public boolean matches(Tier tier, SizeBand sizeBand, Region region, String industry, ChurnRisk churnRisk, boolean upsellCandidate,
                           FitTier fitTier) {
        return accepts(tiers, tier) && accepts(fitTiers, fitTier) && accepts(sizeBands, sizeBand) && accepts(regions, region)
                && accepts(industries, industry) && accepts(churnRisks, churnRisk)
                && (upsell == null || upsell == upsellCandidate);
    }

    /** Whether the account meets the core's own conditions, its fit tier and behaviour included. */
    public boolean matches(Tier tier, SizeBand sizeBand, Region region, String industry, ChurnRisk churnRisk, boolean upsellCandidate,
                           FitTier fitTier, BehaviourFindings behaviour) {
        return matches(tier, sizeBand, region, industry, churnRisk, upsellCandidate, fitTier)
                && (decisionChains.isEmpty() || behaviour.decisionChain() != null && decisionChains.contains(behaviour.decisionChain()))
                && (engagements.isEmpty() || behaviour.engagement() != null && engagements.contains(behaviour.engagement()));
    }

    /**
     * True when every account this segment takes would also match {@code other}: {@code other}'s own
     * conditions take at least as much, and every named condition {@code other} asks for, this segment asks
     * for too. A named condition's verdict is unknown until a run, so a segment with one never covers a
     * segment without it. A condition on an org field counts as covered only by the same condition.
     */
    boolean isCoveredBy(SegmentDefinition other) {
        return covers(other.tiers, tiers) && covers(other.sizeBands, sizeBands) && covers(other.regions, regions)
                && covers(other.industries, industries) && covers(other.churnRisks, churnRisks)
                && covers(other.fitTiers, fitTiers)
                && covers(other.decisionChains, decisionChains) && covers(other.engagements, engagements)
                && (other.upsell == null || other.upsell.equals(upsell))
                && conditions.containsAll(other.conditions) && orgFields.containsAll(other.orgFields);
    }

    private static <T> boolean accepts(Set<T> allowed, T value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    private static <T> boolean covers(Set<T> outer, Set<T> inner) {
        return outer.isEmpty() || (!inner.isEmpty() && outer.containsAll(inner));
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
