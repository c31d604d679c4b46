package dev.tiersync.salesforce;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import java.util.List;
import java.util.Objects;

/**
 * A record TierSync creates, such as a Segment_Change__c: its object's catalog fields and their values.
 *
 * @param fields the catalog of the object; the fields the sync writes that hold a value are sent
 * @param values the values, by catalog field
 * @param subjectId what the record is about (the account of a segment change), which its write result names
 */
public record NewRecord(FieldSet fields, FieldValues values, String subjectId) {

    public NewRecord {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    /** The object's API name, such as {@code Segment_Change__c}. */
    public String object() {
        return fields.object();
    }

    /** The fields the create sends: those the sync writes that hold a value, in catalog order. */
    public List<Field<?>> sent() {
        return fields.written().stream().filter(field -> values.getRaw(field) != null).toList();
    }
}
