package dev.tiersync.sync;

import dev.tiersync.domain.TierSyncField;

/** One field of one account, before and after, as a sample of what a run writes. */
public record FieldChange(String accountId, TierSyncField field, String before, String after) {
}
