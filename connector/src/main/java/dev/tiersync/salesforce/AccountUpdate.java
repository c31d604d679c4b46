package dev.tiersync.salesforce;

import dev.tiersync.domain.TierSyncField;
import dev.tiersync.domain.TierSyncValues;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * New TierSync values for one Account: the fields that changed, and when.
 *
 * @param values the new values; only {@code changed} fields and the timestamp are written
 * @param changed the fields whose values differ from the org's
 */
public record AccountUpdate(String accountId, TierSyncValues values, Set<TierSyncField> changed) {

    public AccountUpdate {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(values.segmentsUpdatedAt(), "values.segmentsUpdatedAt");
        if (changed == null || changed.isEmpty()) {
            throw new IllegalArgumentException("an update of " + accountId + " must change at least one field");
        }
        changed = java.util.Collections.unmodifiableSet(EnumSet.copyOf(changed));
    }
}
