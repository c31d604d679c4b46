package dev.tiersync.sync;

import dev.tiersync.domain.fields.Field;

/** One field of one account, before and after as text, as a sample of what a run writes. */
public record FieldChange(String accountId, Field<?> field, String before, String after) {
}
