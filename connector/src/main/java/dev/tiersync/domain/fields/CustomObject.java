package dev.tiersync.domain.fields;

import java.util.Objects;

/**
 * A custom object of TierSync's: its fields, declared in the catalog, and how it reads in Salesforce.
 * The metadata generator writes the object from it, the permission sets name it, and the adapter
 * creates its records field by field of it.
 */
public record CustomObject(FieldSet fields, ObjectMetadata metadata) {

    public CustomObject {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(metadata, "metadata");
        if (!fields.object().endsWith("__c")) {
            throw new IllegalArgumentException(fields.object() + " is not a custom object's API name");
        }
    }

    /** Its API name, such as {@code Segment_Change__c}. */
    public String apiName() {
        return fields.object();
    }
}
