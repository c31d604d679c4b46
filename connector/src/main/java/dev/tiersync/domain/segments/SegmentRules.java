package dev.tiersync.domain.segments;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.fields.OrgFieldValues;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.signals.ChurnRisk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Named segments, first match wins. Checked when built: names are unique, the last segment is a
 * catch-all so every account gets exactly one, and no segment is unreachable. A segment may also ask for
 * named conditions that a plugin judges ({@link NamedCondition}); they are judged only for accounts that meet
 * the segment's own conditions, in the rule's order, and the account must meet them all.
 */
public final class SegmentRules {

    private final List<SegmentDefinition> segments;

    public SegmentRules(List<SegmentDefinition> segments) {
        if (segments == null || segments.isEmpty()) {
            throw new IllegalArgumentException("segments: give at least one segment, ending with a catch-all");
        }
        this.segments = List.copyOf(segments);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < this.segments.size(); i++) {
            SegmentDefinition segment = this.segments.get(i);
            if (!names.add(segment.name())) {
                throw new IllegalArgumentException("segments: the name '" + segment.name() + "' is used twice");
            }
            checkReachable(segment, i);
        }
        SegmentDefinition last = this.segments.get(this.segments.size() - 1);
        if (!last.isCatchAll()) {
            throw new IllegalArgumentException("segments: the last segment ('" + last.name()
                    + "') must be a catch-all with no conditions, so every account gets a segment");
        }
    }

    /** The default segment of prospects with a Strong fit: they look like the best customers. */
    public static final String STRONG_FIT_PROSPECTS = "Strong-Fit Prospects";

    /**
     * Strategic Enterprise, At Risk, Expansion, Core, New Customers, Strong-Fit Prospects, Prospects, then Long Tail for
     * the rest.
     */
    public static SegmentRules defaults() {
        return new SegmentRules(List.of(
                new SegmentDefinition("Strategic Enterprise", Set.of(Tier.A, Tier.B), Set.of(SizeBand.ENTERPRISE),
                        Set.of(), Set.of(), Set.of(ChurnRisk.NONE, ChurnRisk.LOW), null),
                new SegmentDefinition("At Risk", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(ChurnRisk.HIGH), null),
                new SegmentDefinition("Expansion", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true),
                new SegmentDefinition("Core", Set.of(Tier.A, Tier.B), Set.of(), Set.of(), Set.of(), Set.of(), null),
                new SegmentDefinition("New Customers", Set.of(Tier.NEW), Set.of(), Set.of(), Set.of(), Set.of(), null),
                new SegmentDefinition(STRONG_FIT_PROSPECTS, Set.of(Tier.PROSPECT), Set.of(), Set.of(), Set.of(), Set.of(), null,
                        List.of(), Set.of(FitTier.STRONG)),
                new SegmentDefinition("Prospects", Set.of(Tier.PROSPECT), Set.of(), Set.of(), Set.of(), Set.of(), null),
                SegmentDefinition.catchAll("Long Tail")));
    }

    public List<SegmentDefinition> segments() {
        return segments;
    }

    /** Every named condition the segments ask for, each once, in the rules' order. */
    public List<NamedCondition> namedConditions() {
        Set<NamedCondition> all = new LinkedHashSet<>();
        segments.forEach(segment -> all.addAll(segment.conditions()));
        return List.copyOf(all);
    }

    /** Every org field the segments' {@code org-fields} name, each once, in the rules' order. */
    public List<String> orgFieldNames() {
        Set<String> all = new LinkedHashSet<>();
        segments.forEach(segment -> segment.orgFields().forEach(condition -> all.add(condition.apiName())));
        return List.copyOf(all);
    }

    /** The rules key of the first segment that names the org field, such as {@code segments[0].org-fields.Rating}. */
    public String orgFieldKey(String apiName) {
        for (int i = 0; i < segments.size(); i++) {
            for (OrgFieldCondition condition : segments.get(i).orgFields()) {
                if (condition.apiName().equalsIgnoreCase(apiName)) {
                    return "segments[" + i + "].org-fields." + condition.apiName();
                }
            }
        }
        throw new IllegalArgumentException("no segment names the org field " + apiName);
    }

    /** The segment of an account, with every named condition judged not met. */
    public String segmentOf(Tier tier, SizeBand sizeBand, Region region, String industry, ChurnRisk churnRisk, boolean upsell) {
        return choose(tier, sizeBand, region, industry, churnRisk, upsell, ConditionJudge.NONE).segment();
    }

    /** The first segment the account, of unknown fit, falls in, with the reasons of the named conditions it met to get there. */
    public SegmentChoice choose(Tier tier, SizeBand sizeBand, Region region, String industry, ChurnRisk churnRisk, boolean upsell,
                                ConditionJudge judge) {
        return choose(tier, sizeBand, region, industry, churnRisk, upsell, FitTier.UNKNOWN, judge);
    }

    /** The first segment the account falls in, with the reasons of the named conditions it met to get there. */
    public SegmentChoice choose(Tier tier, SizeBand sizeBand, Region region, String industry, ChurnRisk churnRisk, boolean upsell,
                                FitTier fitTier, ConditionJudge judge) {
        return choose(tier, sizeBand, region, industry, churnRisk, upsell, fitTier, dev.tiersync.domain.behaviour.BehaviourFindings.NONE,
                judge);
    }

    /** The first segment the account falls in, its engagement and decision chain considered. */
    public SegmentChoice choose(Tier tier, SizeBand sizeBand, Region region, String industry, ChurnRisk churnRisk, boolean upsell,
                                FitTier fitTier, dev.tiersync.domain.behaviour.BehaviourFindings behaviour, ConditionJudge judge) {
        return choose(tier, sizeBand, region, industry, churnRisk, upsell, fitTier, behaviour, OrgFieldValues.NONE, judge);
    }

    /**
     * The first segment the account falls in, its engagement, decision chain and the org's own fields considered; the
     * reasons say which org field values it met, then the named conditions'.
     */
    public SegmentChoice choose(Tier tier, SizeBand sizeBand, Region region, String industry, ChurnRisk churnRisk, boolean upsell,
                                FitTier fitTier, dev.tiersync.domain.behaviour.BehaviourFindings behaviour, OrgFieldValues orgFields,
                                ConditionJudge judge) {
        for (SegmentDefinition segment : segments) {
            if (segment.matches(tier, sizeBand, region, industry, churnRisk, upsell, fitTier, behaviour)) {
                Optional<List<String>> reasons = reasonsIfAllMet(segment, orgFields, judge);
                if (reasons.isPresent()) {
                    return new SegmentChoice(segment.name(), reasons.get());
                }
            }
        }
        throw new IllegalStateException("no segment matched, though the last is a catch-all");
    }

    private static Optional<List<String>> reasonsIfAllMet(SegmentDefinition segment, OrgFieldValues orgFields, ConditionJudge judge) {
        List<String> reasons = new ArrayList<>(segment.orgFields().size() + segment.conditions().size());
        for (OrgFieldCondition condition : segment.orgFields()) {
            Optional<String> reason = condition.reasonIfMet(orgFields);
            if (reason.isEmpty()) {
                return Optional.empty();
            }
            reasons.add(reason.get());
        }
        for (NamedCondition condition : segment.conditions()) {
            Optional<String> reason = judge.reasonIfMet(condition);
            if (reason.isEmpty()) {
                return Optional.empty();
            }
            reasons.add(reason.get());
        }
        return Optional.of(reasons);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SegmentRules rules && rules.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return "SegmentRules" + segments;
    }

    private void checkReachable(SegmentDefinition segment, int index) {
        for (int j = 0; j < index; j++) {
            SegmentDefinition earlier = segments.get(j);
            if (segment.isCoveredBy(earlier)) {
                throw new IllegalArgumentException("segments: '" + segment.name() + "' can never match: every account it takes is taken first by '"
                        + earlier.name() + "'; move it up or narrow '" + earlier.name() + "'");
            }
        }
        boolean prospectsOnly = !segment.tiers().isEmpty() && Set.of(Tier.PROSPECT).containsAll(segment.tiers());
        boolean needsSignal = Boolean.TRUE.equals(segment.upsell())
                || (!segment.churnRisks().isEmpty() && !segment.churnRisks().contains(ChurnRisk.NONE));
        if (prospectsOnly && needsSignal) {
            throw new IllegalArgumentException("segments: '" + segment.name() + "' can never match: prospects have no churn risk "
                    + "and are never upsell candidates");
        }
        if (Boolean.TRUE.equals(segment.upsell()) && Set.of(ChurnRisk.HIGH).equals(segment.churnRisks())) {
            throw new IllegalArgumentException("segments: '" + segment.name() + "' can never match: a customer at High churn "
                    + "risk is never an upsell candidate");
        }
    }
}
