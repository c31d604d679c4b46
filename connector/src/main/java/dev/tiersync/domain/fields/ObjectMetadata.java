package dev.tiersync.domain.fields;

import java.util.Objects;

/**
 * How one of TierSync's custom objects reads in Salesforce, for the metadata generator.
 *
 * @param label the object's label
 * @param pluralLabel the label of a list of them
 * @param description for admins: what a record holds and who creates it
 * @param nameLabel the label of the record's auto-numbered name
 * @param nameFormat the auto-number's display format, such as {@code SC-{000000}}
 */
public record ObjectMetadata(String label, String pluralLabel, String description, String nameLabel, String nameFormat) {

    public ObjectMetadata {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(pluralLabel, "pluralLabel");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(nameLabel, "nameLabel");
        Objects.requireNonNull(nameFormat, "nameFormat");
    }
}
