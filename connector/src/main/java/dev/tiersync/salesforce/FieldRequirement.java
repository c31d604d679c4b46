package dev.tiersync.salesforce;

import dev.tiersync.domain.fields.FieldKind;

/**
 * A field an adapter reads or writes, and what kind of value it must hold, so the metadata that
 * defines it can be checked against it.
 *
 * @param minLength for text, the longest value written; 0 otherwise
 * @param written whether the sync writes it (otherwise it only reads it)
 */
public record FieldRequirement(String object, String apiName, FieldKind kind, int minLength, boolean written) {

    public boolean isCustom() {
        return apiName.endsWith("__c");
    }
}
