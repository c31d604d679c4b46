package dev.tiersync.domain;

import java.time.Instant;

/**
 * The values TierSync owns on an Account, as the org holds them.
 *
 * @param tier the tier in {@code Tier__c}, or null when blank or not a value TierSync writes
 * @param segmentsUpdatedAt when TierSync last changed one of its values, or null if never
 */
public record TierSyncValues(Tier tier, Instant segmentsUpdatedAt) {

    public static final TierSyncValues NONE = new TierSyncValues(null, null);
}
