package dev.tiersync.sync;

import java.util.Objects;

/**
 * A record a run creates or deletes besides its Account updates, as a report lists it.
 *
 * @param object the record's object, such as {@code Segment_Change__c}
 * @param subjectId the account it is about, or the id of the record to delete
 * @param summary what it holds, in a few words ("tier B to A, segment Growth")
 */
public record PlannedRecord(String object, String subjectId, String summary) {

    public PlannedRecord {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(summary, "summary");
    }
}
