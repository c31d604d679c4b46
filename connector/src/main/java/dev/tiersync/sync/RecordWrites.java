package dev.tiersync.sync;

import dev.tiersync.salesforce.NewRecord;
import dev.tiersync.salesforce.RecordWriter;
import dev.tiersync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates and deletes a run's own records (Segment_Change__c): creates in calls of a chunk each, or through the
 * org's bulk interface above the bulk threshold; deletes in calls of 200. The API budget is checked before every
 * call or job. A create the org refuses as a duplicate of its unique key was made by an earlier run that stopped
 * before it could finish; it counts as there already, not as a failure. A failure of a whole call propagates.
 */
final class RecordWrites {

    /** The org's code for a value a unique field holds already. */
    static final String DUPLICATE_VALUE = "DUPLICATE_VALUE";

    private final RecordWriter writer;
    private final int chunkSize;
    private final int bulkThreshold;
    private final Runnable budgetCheck;
    private final List<WriteFailure> failures = new ArrayList<>();
    private int created;
    private int alreadyThere;
    private int deleted;

    RecordWrites(RecordWriter writer, int chunkSize, int bulkThreshold, Runnable budgetCheck) {
        this.writer = writer;
        this.chunkSize = Math.min(chunkSize, RecordWriter.MAX_RECORDS_PER_CALL);
        this.bulkThreshold = bulkThreshold;
        this.budgetCheck = budgetCheck;
    }

    /** Creates, for the accounts of each batch of updates it is given, the records about those accounts. */
    java.util.function.Consumer<List<dev.tiersync.salesforce.AccountUpdate>> creatingFor(List<NewRecord> records) {
        java.util.Map<String, NewRecord> bySubject = new java.util.HashMap<>();
        records.forEach(record -> bySubject.put(record.subjectId(), record));
        return updates -> createAll(updates.stream().map(update -> bySubject.get(update.accountId()))
                .filter(java.util.Objects::nonNull).toList());
    }

    void createAll(List<NewRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        if (records.size() > bulkThreshold) {
            budgetCheck.run();
            settle(writer.bulkCreate(records));
            return;
        }
        for (int from = 0; from < records.size(); from += chunkSize) {
            budgetCheck.run();
            settle(writer.create(records.subList(from, Math.min(records.size(), from + chunkSize))));
        }
    }

    void deleteAll(List<String> ids) {
        for (int from = 0; from < ids.size(); from += RecordWriter.MAX_RECORDS_PER_CALL) {
            budgetCheck.run();
            for (WriteResult result : writer.delete(ids.subList(from, Math.min(ids.size(), from + RecordWriter.MAX_RECORDS_PER_CALL)))) {
                if (result.success()) {
                    deleted++;
                } else {
                    failures.add(new WriteFailure(result.accountId(), result.statusCode(), result.message()));
                }
            }
        }
    }

    private void settle(List<WriteResult> results) {
        for (WriteResult result : results) {
            if (result.success()) {
                created++;
            } else if (DUPLICATE_VALUE.equals(result.statusCode())) {
                alreadyThere++;
            } else {
                failures.add(new WriteFailure(result.accountId(), result.statusCode(), result.message()));
            }
        }
    }

    int created() {
        return created;
    }

    int alreadyThere() {
        return alreadyThere;
    }

    int deleted() {
        return deleted;
    }

    List<WriteFailure> failures() {
        return failures;
    }
}
