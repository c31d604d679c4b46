package dev.tiersync.sync;

import dev.tiersync.salesforce.AccountWriter;

/**
 * How a sync writes.
 *
 * @param writeChunkSize records per update call, 1 to 200
 * @param brakeShare the largest share of accounts that may change tier in one run without {@code force}
 * @param apiBudgetShare the share of the org's daily API limit one run may spend before it stops as deferred
 */
public record SyncSettings(int writeChunkSize, double brakeShare, double apiBudgetShare) {

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
    }

    public static SyncSettings defaults() {
        return new SyncSettings(AccountWriter.MAX_UPDATES_PER_CALL, 0.30, 0.50);
    }
}
