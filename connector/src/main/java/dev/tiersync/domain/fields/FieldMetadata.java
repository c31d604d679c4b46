package dev.tiersync.domain.fields;

import java.util.Objects;

/**
 * How a custom field reads in Salesforce, for the metadata generator.
 *
 * @param label the field label
 * @param description for admins: what the field holds and who writes it
 * @param help inline help for reps
 * @param trackHistory whether Salesforce keeps the field's history
 * @param uniqueKey whether the field is a unique external id: the org refuses a second record with its value
 */
public record FieldMetadata(String label, String description, String help, boolean trackHistory, boolean uniqueKey) {

    public FieldMetadata {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(help, "help");
    }

    public static FieldMetadata of(String label, String description, String help) {
        return new FieldMetadata(label, description, help, false, false);
    }

    public FieldMetadata trackingHistory() {
        return new FieldMetadata(label, description, help, true, uniqueKey);
    }

    /** This field as a unique external id, which makes a second create of the same record fail instead of doubling it. */
    public FieldMetadata asUniqueKey() {
        return new FieldMetadata(label, description, help, trackHistory, true);
    }
}
