package dev.tiersync.domain;

import java.util.Objects;
import java.util.function.Function;

/** The Account fields whose values TierSync computes, and how to read each from a set of values. */
public enum TierSyncField {
    TIER(TierSyncValues::tier),
    MODEL_TIER(TierSyncValues::modelTier),
    PREVIOUS_TIER(TierSyncValues::previousTier),
    TIER_CHANGED_ON(TierSyncValues::tierChangedOn),
    SEGMENT(TierSyncValues::segment),
    SIZE_BAND(TierSyncValues::sizeBand),
    REGION(TierSyncValues::region),
    VALUE_SCORE(TierSyncValues::valueScore),
    CHURN_RISK(TierSyncValues::churnRisk),
    UPSELL_CANDIDATE(TierSyncValues::upsellCandidate),
    REASONS(TierSyncValues::reasons);

    private final Function<TierSyncValues, Object> reader;

    TierSyncField(Function<TierSyncValues, Object> reader) {
        this.reader = reader;
    }

    public Object valueIn(TierSyncValues values) {
        return reader.apply(values);
    }

    /** True when the two sets of values differ in this field. */
    public boolean differs(TierSyncValues a, TierSyncValues b) {
        return !Objects.equals(valueIn(a), valueIn(b));
    }
}
