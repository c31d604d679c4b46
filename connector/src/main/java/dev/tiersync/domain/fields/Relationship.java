package dev.tiersync.domain.fields;

import java.util.Objects;

/**
 * The parent a master-detail field ties a record to: deleting the parent deletes the record, and the
 * parent's page lists the records under the relationship's name.
 *
 * @param parentObject the master object, such as {@code Account}
 * @param name the child relationship's name without {@code __r}, such as {@code Segment_Changes}
 * @param label how the parent's page titles the related list
 */
public record Relationship(String parentObject, String name, String label) {

    public Relationship {
        Objects.requireNonNull(parentObject, "parentObject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }

    /** The name SOQL and the UI API know the related list by, such as {@code Segment_Changes__r}. */
    public String relatedListName() {
        return name + "__r";
    }
}
