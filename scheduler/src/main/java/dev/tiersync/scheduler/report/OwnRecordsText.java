package dev.tiersync.scheduler.report;

import dev.tiersync.sync.PlannedRecord;
import dev.tiersync.sync.SyncReport;
import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.List;

/** The text report's part on the records a run creates and deletes besides the Account updates (Segment_Change__c). */
final class OwnRecordsText {

    static final int LISTED = 20;

    private OwnRecordsText() {
    }

    static void print(SyncReport report, PrintWriter out, NumberFormat counts) {
        SyncReport.Records records = report.records();
        if (records.creating() == 0 && records.deleting() == 0 && records.failures().isEmpty()) {
            return;
        }
        boolean dry = report.run().dryRun();
        out.println();
        out.printf("Records of TierSync's own: %s to create%s, %s to delete%s%n", counts.format(records.creating()),
                dry ? "" : " (" + counts.format(records.created()) + " created, " + counts.format(records.alreadyThere())
                        + " there already)",
                counts.format(records.deleting()), dry ? "" : " (" + counts.format(records.deleted()) + " deleted)");
        list(dry ? "would create" : "create", records.toCreate(), records.creating(), out);
        list(dry ? "would delete" : "delete", records.toDelete(), records.deleting(), out);
        records.failures().stream().limit(LISTED).forEach(failure -> out.printf("  refused  %s  %s: %s%n", failure.accountId(),
                failure.statusCode(), failure.message()));
    }

    private static void list(String verb, List<PlannedRecord> records, int all, PrintWriter out) {
        records.stream().limit(LISTED).forEach(record -> out.printf("  %s %s  %s  %s%n", verb, record.object(),
                record.subjectId(), record.summary()));
        if (all > LISTED) {
            out.printf("  ... and %d more%n", all - LISTED);
        }
    }
}
