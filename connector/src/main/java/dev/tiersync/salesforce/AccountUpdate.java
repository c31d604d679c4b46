package dev.tiersync.salesforce;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldRole;
import dev.tiersync.domain.fields.FieldValues;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * New TierSync values for one Account: the fields that changed, and when.
 *
 * @param values the new values; only {@code changed} fields and the update time are written
 * @param changed the computed fields whose values differ from the org's, in catalog order
 */
public record AccountUpdate(String accountId, FieldValues values, Set<Field<?>> changed) {

    public AccountUpdate {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(values.get(AccountFields.SEGMENTS_UPDATED_AT), "the update time");
        if (changed == null || changed.isEmpty()) {
            throw new IllegalArgumentException("an update of " + accountId + " must change at least one field");
        }
        changed = inCatalogOrder(changed);
        for (Field<?> field : changed) {
            if (field.role() != FieldRole.COMPUTED || !field.object().equals(AccountFields.ALL.object())) {
                throw new IllegalArgumentException(field + " is not a value TierSync computes on Account");
            }
        }
    }

    /** The update time, written with every update. */
    public java.time.Instant updatedAt() {
        return values.get(AccountFields.SEGMENTS_UPDATED_AT);
    }

    /** What the org holds once this update is written over {@code current}: the changed fields and the update time. */
    public FieldValues appliedTo(FieldValues current) {
        return current.withAll(values, changed).with(AccountFields.SEGMENTS_UPDATED_AT, updatedAt());
    }

    private static Set<Field<?>> inCatalogOrder(Collection<Field<?>> fields) {
        Set<Field<?>> ordered = new LinkedHashSet<>();
        fields.stream().sorted(Comparator.comparingInt(Field::ordinal)).forEach(ordered::add);
        return Collections.unmodifiableSet(ordered);
    }
}
