package dev.tiersync.sync;

import dev.tiersync.domain.TierSyncField;
import dev.tiersync.salesforce.AccountWriter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a sync writes.
 *
 * @param writeChunkSize records per update call, 1 to 200
 * @param brakeShare the largest share of accounts that may change tier in one run without {@code force}
 * @param apiBudgetShare the share of the org's daily API limit one run may spend before it stops as deferred
 * @param writePolicies when each field may be written; a field not named is written whenever it differs
 */
public record SyncSettings(int writeChunkSize, double brakeShare, double apiBudgetShare,
                           Map<TierSyncField, WritePolicy> writePolicies) {

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
    }

    public static SyncSettings defaults() {
        return new SyncSettings(AccountWriter.MAX_UPDATES_PER_CALL, 0.30, 0.50, Map.of());
    }

    public SyncSettings(int writeChunkSize, double brakeShare, double apiBudgetShare) {
        this(writeChunkSize, brakeShare, apiBudgetShare, Map.of());
    }

    public WritePolicy policy(TierSyncField field) {
        return writePolicies.getOrDefault(field, WritePolicy.ALWAYS);
    }
}
