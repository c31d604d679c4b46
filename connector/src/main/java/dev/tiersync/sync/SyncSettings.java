package dev.tiersync.sync;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldRole;
import dev.tiersync.salesforce.AccountWriter;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a sync pulls and writes, under {@code tiersync.sync.*}. Immutable; every value is checked when
 * built, and a bad one is refused with a message naming its key.
 *
 * @param writeChunkSize records per update call, 1 to 200 ({@code write-chunk-size})
 * @param brakeShare the largest share of accounts that may change tier in one run without {@code force} ({@code brake-share})
 * @param apiBudgetShare the share of the org's daily API limit one run may spend before it stops as deferred
 *        ({@code api-budget-share})
 * @param writePolicies when each computed field may be written; a field not named is written whenever it differs
 *        ({@code write-policies})
 * @param bulkWriteThreshold above this many changed accounts the write goes through the org's bulk interface
 *        ({@code bulk-write-threshold})
 * @param bulkPullThreshold above this many records a pull goes through the org's bulk interface ({@code bulk-pull-threshold})
 * @param pullOverlap how far before the cursor an incremental pull starts, for changes committed late ({@code pull-overlap})
 * @param fullPullEvery how often a run pulls everything to reconcile the snapshot with the org ({@code full-pull-every})
 * @param valueScoreTolerance the smallest move of Value_Score__c or Fit_Score__c, in points, worth an update on its own; a smaller
 *        move is written only along with another change of the same account ({@code value-score-tolerance})
 * @param segmentChangeRetention how long Segment_Change__c records are kept: older ones are deleted by each run; null
 *        keeps them all ({@code segment-changes.retention}, a period such as {@code P2Y})
 * @param apiReserveShare the share of the org's daily API limit left for its other integrations: a run stops as
 *        deferred, before pulling or before its next write, once the org's remaining requests (as Salesforce reports
 *        them with every call) are no more than this ({@code api-reserve-share}; 0 turns it off)
 * @param pullStreams the most query cursors a full pull of one object runs at once, each over a range of ids, 1 to
 *        10 (Salesforce keeps at most 10 cursors open per user); objects under 5,000 records a stream, or above the
 *        Bulk threshold, are pulled as one ({@code pull-streams})
 * @param pullObjectsAtOnce how many objects (Account, Opportunity, each related object) a pull brings at the same time,
 *        1 to 8: a pull spends most of its time waiting for Salesforce's answers, and the objects do not depend on each
 *        other ({@code pull-objects-at-once}; 1 pulls them one after the other)
 */
public record SyncSettings(int writeChunkSize, double brakeShare, double apiBudgetShare,
                           Map<Field<?>, WritePolicy> writePolicies, int bulkWriteThreshold, int bulkPullThreshold,
                           Duration pullOverlap, Duration fullPullEvery, double valueScoreTolerance,
                           java.time.Period segmentChangeRetention, double apiReserveShare, int pullStreams,
                           int pullObjectsAtOnce) {

    static final String PREFIX = "tiersync.sync.";
    /** Salesforce keeps at most ten query cursors open per user. */
    static final int MAX_PULL_STREAMS = 10;
    /** Objects a pull brings at once: Account, Opportunity and the related objects the rules read. */
    static final int MAX_PULL_OBJECTS_AT_ONCE = 8;

    public SyncSettings {
        if (writeChunkSize < 1 || writeChunkSize > AccountWriter.MAX_UPDATES_PER_CALL) {
            throw invalid("write-chunk-size", "must be 1 to " + AccountWriter.MAX_UPDATES_PER_CALL + ", was " + writeChunkSize);
        }
        if (!(brakeShare > 0 && brakeShare <= 1)) {
            throw invalid("brake-share", "must be above 0 and at most 1, was " + brakeShare);
        }
        if (!(apiReserveShare >= 0 && apiReserveShare < 1)) {
            throw invalid("api-reserve-share", "must be at least 0 and below 1, was " + apiReserveShare);
        }
        if (!(apiBudgetShare > 0 && apiBudgetShare <= 1)) {
            throw invalid("api-budget-share", "must be above 0 and at most 1, was " + apiBudgetShare);
        }
        Map<Field<?>, WritePolicy> policies = new LinkedHashMap<>();
        (writePolicies == null ? Map.<Field<?>, WritePolicy>of() : writePolicies).forEach((field, policy) -> {
            if (field.role() != FieldRole.COMPUTED) {
                throw invalid("write-policies." + field.name(), "names " + field + ", which TierSync does not compute");
            }
            policies.put(field, Objects.requireNonNull(policy, "policy"));
        });
        writePolicies = Collections.unmodifiableMap(policies);
        if (bulkWriteThreshold < 1) {
            throw invalid("bulk-write-threshold", "must be at least 1, was " + bulkWriteThreshold);
        }
        if (pullStreams < 1 || pullStreams > MAX_PULL_STREAMS) {
            throw invalid("pull-streams", "must be 1 to " + MAX_PULL_STREAMS + ", was " + pullStreams);
        }
        if (pullObjectsAtOnce < 1 || pullObjectsAtOnce > MAX_PULL_OBJECTS_AT_ONCE) {
            throw invalid("pull-objects-at-once", "must be 1 to " + MAX_PULL_OBJECTS_AT_ONCE + ", was " + pullObjectsAtOnce);
        }
        if (bulkPullThreshold < 1) {
            throw invalid("bulk-pull-threshold", "must be at least 1, was " + bulkPullThreshold);
        }
        if (pullOverlap == null || pullOverlap.isNegative()) {
            throw invalid("pull-overlap", "must not be negative, was " + pullOverlap);
        }
        if (fullPullEvery == null || fullPullEvery.isNegative() || fullPullEvery.isZero()) {
            throw invalid("full-pull-every", "must be positive, was " + fullPullEvery);
        }
        if (!(valueScoreTolerance >= 0 && valueScoreTolerance <= 100)) {
            throw invalid("value-score-tolerance", "must be 0 to 100 points, was " + valueScoreTolerance);
        }
        if (segmentChangeRetention != null && (segmentChangeRetention.isNegative() || segmentChangeRetention.isZero())) {
            throw invalid("segment-changes.retention", "must be a positive period such as P2Y, was " + segmentChangeRetention);
        }
    }

    /** How long Segment_Change__c records are kept, if not for ever. */
    public java.util.Optional<java.time.Period> retention() {
        return java.util.Optional.ofNullable(segmentChangeRetention);
    }

    /** 200 per call, a 30 % brake, half the daily API limit, Bulk above 10,000 writes and 50,000 pulled records. */
    public static SyncSettings defaults() {
        return custom().build();
    }

    public static Builder custom() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.writeChunkSize = writeChunkSize;
        builder.brakeShare = brakeShare;
        builder.apiBudgetShare = apiBudgetShare;
        builder.writePolicies = new LinkedHashMap<>(writePolicies);
        builder.bulkWriteThreshold = bulkWriteThreshold;
        builder.bulkPullThreshold = bulkPullThreshold;
        builder.pullOverlap = pullOverlap;
        builder.fullPullEvery = fullPullEvery;
        builder.valueScoreTolerance = valueScoreTolerance;
        builder.segmentChangeRetention = segmentChangeRetention;
        builder.apiReserveShare = apiReserveShare;
        builder.pullStreams = pullStreams;
        builder.pullObjectsAtOnce = pullObjectsAtOnce;
        return builder;
    }

    public WritePolicy policy(Field<?> field) {
        return writePolicies.getOrDefault(field, WritePolicy.ALWAYS);
    }

    private static IllegalArgumentException invalid(String key, String problem) {
        return new IllegalArgumentException(PREFIX + key + " " + problem);
    }

    /** Builds settings from the defaults; {@link #build()} checks them. */
    public static final class Builder {
        private int writeChunkSize = AccountWriter.MAX_UPDATES_PER_CALL;
        private double brakeShare = 0.30;
        private double apiBudgetShare = 0.50;
        private Map<Field<?>, WritePolicy> writePolicies = new LinkedHashMap<>();
        private int bulkWriteThreshold = 10_000;
        private int bulkPullThreshold = 50_000;
        private Duration pullOverlap = Duration.ofMinutes(10);
        private Duration fullPullEvery = Duration.ofDays(7);
        private double valueScoreTolerance = 1.0;
        private java.time.Period segmentChangeRetention;
        private double apiReserveShare = 0.05;
        private int pullStreams = 3;
        private int pullObjectsAtOnce = 3;

        private Builder() {
        }

        public Builder pullObjectsAtOnce(int objects) {
            this.pullObjectsAtOnce = objects;
            return this;
        }

        public Builder pullStreams(int streams) {
            this.pullStreams = streams;
            return this;
        }

        public Builder apiReserveShare(double share) {
            this.apiReserveShare = share;
            return this;
        }

        public Builder writeChunkSize(int records) {
            this.writeChunkSize = records;
            return this;
        }

        public Builder brakeShare(double share) {
            this.brakeShare = share;
            return this;
        }

        public Builder apiBudgetShare(double share) {
            this.apiBudgetShare = share;
            return this;
        }

        public Builder writePolicy(Field<?> field, WritePolicy policy) {
            this.writePolicies.put(field, policy);
            return this;
        }

        public Builder bulkThresholds(int write, int pull) {
            this.bulkWriteThreshold = write;
            this.bulkPullThreshold = pull;
            return this;
        }

        public Builder incremental(Duration overlap, Duration fullEvery) {
            this.pullOverlap = overlap;
            this.fullPullEvery = fullEvery;
            return this;
        }

        public Builder valueScoreTolerance(double points) {
            this.valueScoreTolerance = points;
            return this;
        }

        /** Deletes Segment_Change__c records older than this; null keeps them all. */
        public Builder segmentChangeRetention(java.time.Period retention) {
            this.segmentChangeRetention = retention;
            return this;
        }

        public SyncSettings build() {
            return new SyncSettings(writeChunkSize, brakeShare, apiBudgetShare, writePolicies, bulkWriteThreshold,
                    bulkPullThreshold, pullOverlap, fullPullEvery, valueScoreTolerance, segmentChangeRetention, apiReserveShare,
                    pullStreams, pullObjectsAtOnce);
        }
    }
}
