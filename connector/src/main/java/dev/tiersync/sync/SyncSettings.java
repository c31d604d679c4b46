package dev.tiersync.sync;

import dev.tiersync.domain.TierSyncField;
import dev.tiersync.salesforce.AccountWriter;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a sync pulls and writes.
 *
 * @param writeChunkSize records per SOAP update call, 1 to 200
 * @param brakeShare the largest share of accounts that may change tier in one run without {@code force}
 * @param apiBudgetShare the share of the org's daily API limit one run may spend before it stops as deferred
 * @param writePolicies when each field may be written; a field not named is written whenever it differs
 * @param bulkWriteThreshold above this many changed accounts the write goes through one Bulk API job
 * @param bulkPullThreshold above this many records a pull goes through the Bulk API with PK chunking
 * @param pullOverlap how far before the cursor an incremental pull starts, for changes committed late
 * @param fullPullEvery how often a run pulls everything to reconcile the snapshot with the org
 * @param valueScoreTolerance the smallest move of Value_Score__c, in points, worth an update on its own;
 *        a smaller move is written only along with another change of the same account
 */
public record SyncSettings(int writeChunkSize, double brakeShare, double apiBudgetShare,
                           Map<TierSyncField, WritePolicy> writePolicies, int bulkWriteThreshold, int bulkPullThreshold,
                           Duration pullOverlap, Duration fullPullEvery, double valueScoreTolerance) {

    public static final int DEFAULT_BULK_WRITE_THRESHOLD = 10_000;
    public static final int DEFAULT_BULK_PULL_THRESHOLD = 50_000;
    public static final Duration DEFAULT_PULL_OVERLAP = Duration.ofMinutes(10);
    public static final Duration DEFAULT_FULL_PULL_EVERY = Duration.ofDays(7);
    public static final double DEFAULT_VALUE_SCORE_TOLERANCE = 1.0;

    public SyncSettings {
        if (writeChunkSize < 1 || writeChunkSize > AccountWriter.MAX_UPDATES_PER_CALL) {
            throw new IllegalArgumentException("write chunk size must be 1 to " + AccountWriter.MAX_UPDATES_PER_CALL
                    + ", was " + writeChunkSize);
        }
        if (!(brakeShare > 0 && brakeShare <= 1)) {
            throw new IllegalArgumentException("the safety brake's share must be above 0 and at most 1, was " + brakeShare);
        }
        if (!(apiBudgetShare > 0 && apiBudgetShare <= 1)) {
            throw new IllegalArgumentException("the API budget share must be above 0 and at most 1, was " + apiBudgetShare);
        }
        EnumMap<TierSyncField, WritePolicy> policies = new EnumMap<>(TierSyncField.class);
        policies.putAll(writePolicies == null ? Map.of() : writePolicies);
        writePolicies = Collections.unmodifiableMap(policies);
        if (bulkWriteThreshold < 1 || bulkPullThreshold < 1) {
            throw new IllegalArgumentException("the bulk thresholds must be at least 1, were " + bulkWriteThreshold
                    + " (write) and " + bulkPullThreshold + " (pull)");
        }
        Objects.requireNonNull(pullOverlap, "pullOverlap");
        Objects.requireNonNull(fullPullEvery, "fullPullEvery");
        if (pullOverlap.isNegative()) {
            throw new IllegalArgumentException("the pull overlap must not be negative, was " + pullOverlap);
        }
        if (fullPullEvery.isNegative() || fullPullEvery.isZero()) {
            throw new IllegalArgumentException("the full pull interval must be positive, was " + fullPullEvery);
        }
        if (!(valueScoreTolerance >= 0 && valueScoreTolerance <= 100)) {
            throw new IllegalArgumentException("the value score tolerance must be 0 to 100 points, was " + valueScoreTolerance);
        }
    }

    public static SyncSettings defaults() {
        return new SyncSettings(AccountWriter.MAX_UPDATES_PER_CALL, 0.30, 0.50, Map.of());
    }

    public SyncSettings(int writeChunkSize, double brakeShare, double apiBudgetShare) {
        this(writeChunkSize, brakeShare, apiBudgetShare, Map.of());
    }

    public SyncSettings(int writeChunkSize, double brakeShare, double apiBudgetShare, Map<TierSyncField, WritePolicy> writePolicies) {
        this(writeChunkSize, brakeShare, apiBudgetShare, writePolicies, DEFAULT_BULK_WRITE_THRESHOLD, DEFAULT_BULK_PULL_THRESHOLD,
                DEFAULT_PULL_OVERLAP, DEFAULT_FULL_PULL_EVERY, DEFAULT_VALUE_SCORE_TOLERANCE);
    }

    public SyncSettings withBulkThresholds(int write, int pull) {
        return new SyncSettings(writeChunkSize, brakeShare, apiBudgetShare, writePolicies, write, pull, pullOverlap, fullPullEvery,
                valueScoreTolerance);
    }

    public SyncSettings withIncremental(Duration overlap, Duration fullEvery) {
        return new SyncSettings(writeChunkSize, brakeShare, apiBudgetShare, writePolicies, bulkWriteThreshold, bulkPullThreshold,
                overlap, fullEvery, valueScoreTolerance);
    }

    public SyncSettings withValueScoreTolerance(double points) {
        return new SyncSettings(writeChunkSize, brakeShare, apiBudgetShare, writePolicies, bulkWriteThreshold, bulkPullThreshold,
                pullOverlap, fullPullEvery, points);
    }

    public WritePolicy policy(TierSyncField field) {
        return writePolicies.getOrDefault(field, WritePolicy.ALWAYS);
    }
}
