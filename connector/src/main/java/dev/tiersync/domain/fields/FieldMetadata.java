package dev.tiersync.domain.fields;

import java.util.Objects;

/**
 * How a custom field reads in Salesforce, for the metadata generator.
 *
 * @param label the field label
 * @param description for admins: what the field holds and who writes it
 * @param help inline help for reps
 * @param trackHistory whether Salesforce keeps the field's history
 */
public record FieldMetadata(String label, String description, String help, boolean trackHistory) {

    public FieldMetadata {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(help, "help");
    }

    public static FieldMetadata of(String label, String description, String help) {
        return new FieldMetadata(label, description, help, false);
    }

    public FieldMetadata trackingHistory() {
        return new FieldMetadata(label, description, help, true);
    }
}
