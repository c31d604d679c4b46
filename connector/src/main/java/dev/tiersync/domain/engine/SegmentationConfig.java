package dev.tiersync.domain.engine;

import dev.tiersync.domain.behaviour.BehaviourConfig;
import dev.tiersync.domain.firmographics.IndustryCatalog;
import dev.tiersync.domain.firmographics.SizeBandRule;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.segments.Audiences;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.domain.signals.ChurnConfig;
import dev.tiersync.domain.signals.UpsellConfig;
import dev.tiersync.domain.tiering.TierConfig;
import dev.tiersync.domain.value.ValueScoreConfig;
import java.util.Objects;

/**
 * Every rule's settings; each part checks itself when built, so a config that exists is valid.
 *
 * @param audiences the segments that keep a campaign of their accounts' contacts
 */
public record SegmentationConfig(IndustryCatalog industries, SizeBandRule sizeBands, ValueScoreConfig value,
                                 TierConfig tiers, ChurnConfig churn, UpsellConfig upsell, SegmentRules segments, FitConfig fit,
                                 Audiences audiences, BehaviourConfig behaviour) {

    public SegmentationConfig {
        Objects.requireNonNull(industries, "industries");
        Objects.requireNonNull(sizeBands, "size-bands");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(churn, "churn");
        Objects.requireNonNull(upsell, "upsell");
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(fit, "fit");
        audiences = (audiences == null ? Audiences.NONE : audiences).checked(segments);
        behaviour = behaviour == null ? BehaviourConfig.defaults() : behaviour;
    }

    /** The settings with the shipped fit and behaviour settings and no campaign audiences. */
    public SegmentationConfig(IndustryCatalog industries, SizeBandRule sizeBands, ValueScoreConfig value, TierConfig tiers,
                              ChurnConfig churn, UpsellConfig upsell, SegmentRules segments) {
        this(industries, sizeBands, value, tiers, churn, upsell, segments, FitConfig.defaults(), Audiences.NONE,
                BehaviourConfig.defaults());
    }

    /** The settings with the shipped behaviour settings and no campaign audiences. */
    public SegmentationConfig(IndustryCatalog industries, SizeBandRule sizeBands, ValueScoreConfig value, TierConfig tiers,
                              ChurnConfig churn, UpsellConfig upsell, SegmentRules segments, FitConfig fit) {
        this(industries, sizeBands, value, tiers, churn, upsell, segments, fit, Audiences.NONE, BehaviourConfig.defaults());
    }

    /** Settings that work on a typical B2B org with no configuration at all. */
    public static SegmentationConfig defaults() {
        return new SegmentationConfig(IndustryCatalog.defaults(), SizeBandRule.defaults(), ValueScoreConfig.defaults(),
                TierConfig.defaults(), ChurnConfig.defaults(), UpsellConfig.defaults(), SegmentRules.defaults(), FitConfig.defaults(),
                Audiences.NONE, BehaviourConfig.defaults());
    }

    public SegmentationConfig withTiers(TierConfig tiers) {
        return new SegmentationConfig(industries, sizeBands, value, tiers, churn, upsell, segments, fit, audiences, behaviour);
    }

    public SegmentationConfig withFit(FitConfig fit) {
        return new SegmentationConfig(industries, sizeBands, value, tiers, churn, upsell, segments, fit, audiences, behaviour);
    }

    /** These settings with campaign audiences. */
    public SegmentationConfig withAudiences(Audiences chosen) {
        return new SegmentationConfig(industries, sizeBands, value, tiers, churn, upsell, segments, fit, chosen, behaviour);
    }

    public SegmentationConfig withBehaviour(BehaviourConfig behaviour) {
        return new SegmentationConfig(industries, sizeBands, value, tiers, churn, upsell, segments, fit, audiences, behaviour);
    }

    /** These settings with other segment rules; the campaign audiences must name segments of them. */
    public SegmentationConfig withSegments(SegmentRules rules) {
        return new SegmentationConfig(industries, sizeBands, value, tiers, churn, upsell, rules, fit, audiences, behaviour);
    }

    /**
     * The org's own Account fields these rules name ({@code segments[n].org-fields}, then {@code fit.org-fields}), each
     * once, in the rules' order: the pull reads them beside the catalog's fields, and the fit learns from them
     * ({@code attribute.<API name>}).
     */
    public java.util.List<String> orgFieldNames() {
        java.util.Map<String, String> all = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(segments.orgFieldNames().stream(), fit.orgFields().stream())
                .filter(name -> all.putIfAbsent(name, name) == null).forEach(names::add);
        return java.util.List.copyOf(names);
    }

    /**
     * The full key that names an org field of {@link #orgFieldNames()}, such as
     * {@code tiersync.segmentation.segments[0].org-fields.Rating} or {@code tiersync.segmentation.fit.org-fields[1]}.
     */
    public String orgFieldKey(String apiName) {
        if (segments.orgFieldNames().stream().anyMatch(apiName::equalsIgnoreCase)) {
            return "tiersync.segmentation." + segments.orgFieldKey(apiName);
        }
        for (int i = 0; i < fit.orgFields().size(); i++) {
            if (fit.orgFields().get(i).equalsIgnoreCase(apiName)) {
                return FitConfig.KEY + "org-fields[" + i + "]";
            }
        }
        throw new IllegalArgumentException("the rules name no org field " + apiName);
    }
}
