package dev.tiersync.salesforce;

import dev.tiersync.domain.fields.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Creates and deletes the records TierSync keeps of its own (Segment_Change__c), with partial success. */
public interface RecordWriter {

    /** The most records one create or delete call may carry: Salesforce's limit for SOAP. */
    int MAX_RECORDS_PER_CALL = 200;

    /**
     * Creates at most {@link #MAX_RECORDS_PER_CALL} records, all of one object, in one call. A record the org refuses
     * does not stop the others; a record whose unique key another holds already is refused with {@code DUPLICATE_VALUE}.
     *
     * @return one result per record, in the same order, each naming the record's {@link NewRecord#subjectId()}
     * @throws SalesforceException when the whole call fails
     */
    List<WriteResult> create(List<NewRecord> records);

    /**
     * Creates many records at once through the org's bulk interface, with one result per record in the same order.
     * Without one, in calls of {@link #MAX_RECORDS_PER_CALL}.
     */
    default List<WriteResult> bulkCreate(List<NewRecord> records) {
        List<WriteResult> results = new ArrayList<>(records.size());
        for (int from = 0; from < records.size(); from += MAX_RECORDS_PER_CALL) {
            results.addAll(create(records.subList(from, Math.min(records.size(), from + MAX_RECORDS_PER_CALL))));
        }
        return results;
    }

    /**
     * Deletes at most {@link #MAX_RECORDS_PER_CALL} records by id in one call.
     *
     * @return one result per id, in the same order, each naming its id
     */
    List<WriteResult> delete(List<String> ids);

    /** The ids of the live records of the field's object whose date in that field lies before a day. */
    List<String> idsBefore(Field<LocalDate> day, LocalDate before);
}
