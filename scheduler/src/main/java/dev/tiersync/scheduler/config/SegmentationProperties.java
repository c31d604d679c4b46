package dev.tiersync.scheduler.config;

import dev.tiersync.domain.behaviour.BehaviourConfig;
import dev.tiersync.domain.behaviour.CostToServeConfig;
import dev.tiersync.domain.behaviour.DecisionChainConfig;
import dev.tiersync.domain.behaviour.EngagementConfig;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.firmographics.IndustryCatalog;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.firmographics.SizeBandRule;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.fit.ProfileCriterion;
import dev.tiersync.domain.fit.SchemeKind;
import dev.tiersync.domain.segments.Audience;
import dev.tiersync.domain.segments.Audiences;
import dev.tiersync.domain.segments.NamedCondition;
import dev.tiersync.domain.segments.OrgFieldCondition;
import dev.tiersync.domain.segments.SegmentDefinition;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.domain.signals.ChurnConfig;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.domain.signals.UpsellConfig;
import dev.tiersync.domain.tiering.ParetoCutoffs;
import dev.tiersync.domain.tiering.ScoreDimension;
import dev.tiersync.domain.tiering.TierConfig;
import dev.tiersync.domain.tiering.TierMethodName;
import dev.tiersync.domain.tiering.WeightedModel;
import dev.tiersync.domain.value.ValueScoreConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The segmentation rules under {@code tiersync.segmentation.*}; every key is optional and falls back
 * to the shipped defaults. The whole set is checked when bound, so a bad rule stops start-up with
 * the key and what to fix.
 */
@ConfigurationProperties("tiersync.segmentation")
public record SegmentationProperties(Map<String, List<String>> industries, SizeBands sizeBands, Value value, Tiers tiers,
                                     Churn churn, Upsell upsell, List<Segment> segments, Fit fit, Engagement engagement,
                                     DecisionChain decisionChain) {

    static final String PREFIX = "tiersync.segmentation.";

    public SegmentationProperties {
        // the fields are not assigned yet inside a compact constructor: check the parameters
        toConfig(industries, sizeBands, value, tiers, churn, upsell, segments, fit, engagement, decisionChain);
    }

    /** The domain configuration these properties describe. */
    public SegmentationConfig toConfig() {
        return toConfig(industries, sizeBands, value, tiers, churn, upsell, segments, fit, engagement, decisionChain);
    }

    private static SegmentationConfig toConfig(Map<String, List<String>> industries, SizeBands sizeBands, Value value,
                                               Tiers tiers, Churn churn, Upsell upsell, List<Segment> segments, Fit fit,
                                               Engagement engagement, DecisionChain decisionChain) {
        SegmentationConfig defaults = SegmentationConfig.defaults();
        BehaviourConfig b = defaults.behaviour();
        return new SegmentationConfig(
                checked(() -> industries == null ? defaults.industries() : new IndustryCatalog(industries)),
                checked(() -> sizeBands == null ? defaults.sizeBands() : sizeBands.toRule(defaults.sizeBands())),
                checked(() -> value == null ? defaults.value() : value.toConfig(defaults.value())),
                checked(() -> tiers == null ? defaults.tiers() : tiers.toConfig(defaults.tiers())),
                checked(() -> churn == null ? defaults.churn() : churn.toConfig(defaults.churn())),
                checked(() -> upsell == null ? defaults.upsell() : upsell.toConfig(defaults.upsell())),
                checked(() -> segments == null ? defaults.segments() : new SegmentRules(definitions(segments))),
                // the fit's messages name their full key already
                fit == null ? defaults.fit() : fit.toConfig(),
                checked(() -> segments == null ? Audiences.NONE : audiences(segments)),
                checked(() -> new BehaviourConfig(value == null ? b.costToServe() : value.toCostToServe(b.costToServe()),
                        engagement == null ? b.engagement() : engagement.toConfig(b.engagement()),
                        decisionChain == null ? b.decisionChain() : decisionChain.toConfig(b.decisionChain()))));
    }

    /** The segments that keep a campaign ({@code segments[n].campaign}), in the rules' order. */
    private static Audiences audiences(List<Segment> segments) {
        List<Audience> audiences = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.campaign() != null && !Boolean.FALSE.equals(segment.campaign().enabled())) {
                audiences.add(new Audience(segment.name(), segment.campaign().contactRole()));
            }
        }
        return new Audiences(audiences);
    }

    private static List<SegmentDefinition> definitions(List<Segment> segments) {
        List<SegmentDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            definitions.add(segments.get(i).toDefinition("segments[" + i + "]"));
        }
        return definitions;
    }

    private static <T> T checked(Supplier<T> part) {
        try {
            return part.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + e.getMessage(), e);
        }
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** {@code size-bands.*}: the fewest employees, or least revenue, of Mid-Market and Enterprise companies. */
    public record SizeBands(Integer midMarketEmployees, Integer enterpriseEmployees, BigDecimal midMarketRevenue,
                            BigDecimal enterpriseRevenue) {
        SizeBandRule toRule(SizeBandRule d) {
            return new SizeBandRule(or(midMarketEmployees, d.midMarketEmployees()), or(enterpriseEmployees, d.enterpriseEmployees()),
                    or(midMarketRevenue, d.midMarketRevenue()), or(enterpriseRevenue, d.enterpriseRevenue()));
        }
    }

    /**
     * {@code value.*}: the quality score's weights. The cost to serve is {@code cost-per-case} times each case's
     * {@code case-priority-weights} over the trailing year when the org records cases (0 keeps the flat rate),
     * else {@code cost-to-serve-rate} of annual contract value plus {@code cost-to-serve-fixed}.
     */
    public record Value(Double costToServeRate, Double costToServeFixed, Double growthBonus, Double shrinkPenalty,
                        Double cancellationPenalty, Double largeCustomerBonus, Double costPerCase,
                        Map<String, Double> casePriorityWeights) {
        CostToServeConfig toCostToServe(CostToServeConfig d) {
            return new CostToServeConfig(or(costPerCase, d.costPerCase()), or(casePriorityWeights, d.priorityWeights()));
        }

        ValueScoreConfig toConfig(ValueScoreConfig d) {
            return new ValueScoreConfig(or(costToServeRate, d.costToServeRate()), or(costToServeFixed, d.costToServeFixed()),
                    or(growthBonus, d.growthBonus()), or(shrinkPenalty, d.shrinkPenalty()),
                    or(cancellationPenalty, d.cancellationPenalty()), or(largeCustomerBonus, d.largeCustomerBonus()));
        }
    }

    /** {@code engagement.*}: how engagement is judged from activities (see EngagementConfig). */
    public record Engagement(Boolean enabled, Double meetingPoints, Double callPoints, Double emailPoints, Double highPoints,
                             Double mediumPoints, Double fadingShare, Double risingFactor) {
        EngagementConfig toConfig(EngagementConfig d) {
            return new EngagementConfig(or(enabled, d.enabled()), or(meetingPoints, d.meetingPoints()), or(callPoints, d.callPoints()),
                    or(emailPoints, d.emailPoints()), or(highPoints, d.highPoints()), or(mediumPoints, d.mediumPoints()),
                    or(fadingShare, d.fadingShare()), or(risingFactor, d.risingFactor()));
        }
    }

    /** {@code decision-chain.*}: when an account's decision chain is Long (see DecisionChainConfig). */
    public record DecisionChain(Boolean enabled, Double longFromContactsPerDeal, Integer longFromContacts) {
        DecisionChainConfig toConfig(DecisionChainConfig d) {
            return new DecisionChainConfig(or(enabled, d.enabled()), or(longFromContactsPerDeal, d.longFromContactsPerDeal()),
                    or(longFromContacts, d.longFromContacts()));
        }
    }

    /** {@code tiers.*}: the method, its cut-offs, the New window and the outlier factor. */
    public record Tiers(TierMethodName method, Pareto pareto, Weighted weighted, Integer newCustomerDays, Double outlierFactor) {
        TierConfig toConfig(TierConfig d) {
            ParetoCutoffs p = pareto == null ? d.pareto()
                    : new ParetoCutoffs(or(pareto.a(), d.pareto().a()), or(pareto.b(), d.pareto().b()), or(pareto.c(), d.pareto().c()));
            WeightedModel w = weighted == null ? d.weighted() : new WeightedModel(or(weighted.weights(), d.weighted().weights()),
                    or(weighted.a(), d.weighted().a()), or(weighted.b(), d.weighted().b()), or(weighted.c(), d.weighted().c()));
            return new TierConfig(or(method, d.method()), p, w, or(newCustomerDays, d.newCustomerDays()),
                    or(outlierFactor, d.outlierFactor()));
        }
    }

    /** {@code tiers.pareto.*}: cumulative value shares ending A, B and C. */
    public record Pareto(Double a, Double b, Double c) {
    }

    /** {@code tiers.weighted.*}: dimension weights adding up to 1, and the score thresholds of A, B and C. */
    public record Weighted(Map<ScoreDimension, Double> weights, Double a, Double b, Double c) {
    }

    /** {@code churn.*}: when the churn signals fire. */
    public record Churn(Integer stoppedMinDays, Double stoppedIntervalFactor, Double shrinkRatio, Integer losingMinLost,
                        Integer disengagedDays) {
        ChurnConfig toConfig(ChurnConfig d) {
            return new ChurnConfig(or(stoppedMinDays, d.stoppedMinDays()), or(stoppedIntervalFactor, d.stoppedIntervalFactor()),
                    or(shrinkRatio, d.shrinkRatio()), or(losingMinLost, d.losingMinLost()), or(disengagedDays, d.disengagedDays()));
        }
    }

    /** {@code upsell.*}: when a customer is an upsell candidate. */
    public record Upsell(Double growthThreshold, Integer recentWinDays, Double belowNormShare, Integer activeDays,
                         ChurnRisk blockedFromChurnRisk) {
        UpsellConfig toConfig(UpsellConfig d) {
            return new UpsellConfig(or(growthThreshold, d.growthThreshold()), or(recentWinDays, d.recentWinDays()),
                    or(belowNormShare, d.belowNormShare()), or(activeDays, d.activeDays()),
                    or(blockedFromChurnRisk, d.blockedFromChurnRisk()));
        }
    }

    /**
     * {@code fit.*}: the fit, what a good customer looks like (issue 14). Every key falls back to the shipped
     * setting ({@link FitConfig#defaults()}); {@code profile} is the admin's ideal customer profile, criteria with weights.
     *
     * @param scheme {@code auto} (the best by the lift chart), {@code tree}, {@code regression} or {@code profile}
     * @param orgFields the org's own Account fields the fit learns from besides those the segments name, such as
     *     {@code [Ownership, Primary_Need__c]}
     */
    public record Fit(Integer minCustomers, Integer minNodeSize, Integer maxDepth, Double minDifference, Double significance,
                      Double maxCorrelation, Double minLiftArea, Integer folds, Double strongFrom, Double moderateFrom, String scheme,
                      Integer trainingSample, Integer decileFrom, Long seed, List<Criterion> profile, List<String> orgFields) {

        FitConfig toConfig() {
            FitConfig d = FitConfig.defaults();
            List<ProfileCriterion> criteria = new ArrayList<>();
            List<Criterion> given = profile == null ? List.of() : profile;
            for (int i = 0; i < given.size(); i++) {
                Criterion c = given.get(i);
                if (c == null) {
                    throw new IllegalArgumentException(FitConfig.KEY + "profile[" + i + "] is empty: give variable, in or "
                            + "at-least/below, and weight");
                }
                criteria.add(ProfileCriterion.at(i, c.variable(), c.in(), c.atLeast(), c.below(), or(c.weight(), 1.0)));
            }
            return d.toBuilder().minCustomers(or(minCustomers, d.minCustomers())).minNodeSize(or(minNodeSize, d.minNodeSize()))
                    .maxDepth(or(maxDepth, d.maxDepth())).minDifference(or(minDifference, d.minDifference()))
                    .significance(or(significance, d.significance())).maxCorrelation(or(maxCorrelation, d.maxCorrelation()))
                    .minLiftArea(or(minLiftArea, d.minLiftArea())).folds(or(folds, d.folds()))
                    .strongFrom(or(strongFrom, d.strongFrom())).moderateFrom(or(moderateFrom, d.moderateFrom()))
                    .scheme(scheme == null ? d.scheme().map(SchemeKind::key).orElse("auto") : scheme)
                    .trainingSample(or(trainingSample, d.trainingSample())).decileFrom(or(decileFrom, d.decileFrom()))
                    .seed(or(seed, d.seed())).profile(criteria).orgFields(orgFields).build();
        }
    }

    /**
     * {@code fit.profile[n].*}: one criterion of the ideal customer profile: a variable ({@code industry}, {@code employees},
     * … or {@code attribute.NAME}), the values it takes ({@code in}) or its range ({@code at-least}, {@code below}), and
     * its weight (1 when left out).
     */
    public record Criterion(String variable, List<String> in, Double atLeast, Double below, Double weight) {
    }

    /**
     * {@code segments[n].*}: a named segment; conditions left out match anything.
     *
     * @param conditions conditions a loaded plugin judges, all of which must be met: each names a segment condition
     *     with {@code condition} and gives its settings beside it, such as
     *     {@code {condition: uses-technology, technology: "HubSpot, Pipedrive", category: crm}}
     * @param fitTiers the fit tiers the segment takes, such as {@code [Strong]}
     * @param orgFields the org's own Account fields and the values each takes, such as
     *     {@code {Rating: [Hot, Warm], Primary_Need__c: [Cloud]}}: the account must hold one of the values of every field
     */
    public record Segment(String name, Set<Tier> tiers, Set<SizeBand> sizeBands, Set<Region> regions, Set<String> industries,
                          Set<ChurnRisk> churnRisks, Boolean upsell, List<Map<String, String>> conditions, Set<FitTier> fitTiers,
                          Campaign campaign, Set<dev.tiersync.domain.behaviour.DecisionChain> decisionChains,
                          Set<dev.tiersync.domain.behaviour.EngagementLevel> engagements, Map<String, List<String>> orgFields) {

        /**
         * {@code segments[n].campaign}: keep a Campaign {@code TierSync: <name>} of the contacts of the segment's accounts.
         *
         * @param enabled false to keep the settings but no campaign; true or unset keeps it
         * @param contactRole only contacts with this opportunity contact role, such as {@code Decision Maker}; unset for all
         */
        public record Campaign(Boolean enabled, String contactRole) {
        }

        /** The key that names a condition; every other key of the entry is one of its settings. */
        static final String CONDITION = "condition";

        SegmentDefinition toDefinition(String key) {
            List<NamedCondition> named = new ArrayList<>();
            List<Map<String, String>> entries = conditions == null ? List.of() : conditions;
            for (int j = 0; j < entries.size(); j++) {
                named.add(condition(entries.get(j), key + ".conditions[" + j + "]"));
            }
            List<OrgFieldCondition> onOrgFields = new ArrayList<>();
            if (orgFields != null) {
                orgFields.forEach((field, values) -> {
                    try {
                        onOrgFields.add(new OrgFieldCondition(field, values == null ? null : new java.util.LinkedHashSet<>(values)));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(key + "." + e.getMessage(), e);
                    }
                });
            }
            return new SegmentDefinition(name, tiers, sizeBands, regions, industries, churnRisks, upsell, named, fitTiers,
                    decisionChains, engagements, onOrgFields);
        }

        private static NamedCondition condition(Map<String, String> entry, String key) {
            String name = entry == null ? null : entry.get(CONDITION);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(key + "." + CONDITION + " is missing: name the plugin's segment condition, "
                        + "such as {condition: uses-technology, technology: AWS} (see: tiersync plugins --dir DIR)");
            }
            Map<String, String> settings = new TreeMap<>();
            entry.forEach((setting, value) -> {
                if (!setting.equals(CONDITION)) {
                    settings.merge(listItem(setting), value, (a, b) -> a + ", " + b);
                }
            });
            try {
                return new NamedCondition(name.strip(), settings);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + "." + CONDITION + ": " + e.getMessage(), e);
            }
        }

        /** {@code technology.1} (or {@code [1]}), as a YAML list binds, is an item of {@code technology}: the items are joined with commas. */
        private static String listItem(String setting) {
            return setting.replaceFirst("(\\[\\d+]|\\.\\d+)$", "");
        }
    }
}
