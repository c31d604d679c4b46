package dev.tiersync.salesforce.wsc;

import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.ConcurrencyMode;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.SalesforceRequestException;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import dev.tiersync.salesforce.WriteResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Account updates through Bulk API 1.0: one serial job, CSV batches of up to 10,000 rows where an
 * empty cell leaves a field alone and {@code #N/A} clears it, polled until done, results by row.
 */
final class BulkUpdates {

    static final int BATCH_ROWS = 10_000;
    static final String CLEAR = "#N/A";
    static final int MAX_POLLS = 10_000;

    private BulkUpdates() {
    }

    /** The calls {@link #run} spends: create and close the job, and per batch an upload, at least one poll and the results. */
    static int calls(int updates) {
        return 2 + 3 * ((updates + BATCH_ROWS - 1) / BATCH_ROWS);
    }

    static List<WriteResult> run(BulkCalls calls, List<AccountUpdate> updates, long pollMillis) {
        JobInfo job = calls.send("create bulk update job", bulk -> {
            JobInfo info = new JobInfo();
            info.setObject(AccountFields.ALL.object());
            info.setOperation(OperationEnum.update);
            info.setContentType(ContentType.CSV);
            info.setConcurrencyMode(ConcurrencyMode.Serial);
            return bulk.createJob(info);
        });
        List<BatchInfo> batches = new ArrayList<>();
        for (int from = 0; from < updates.size(); from += BATCH_ROWS) {
            List<AccountUpdate> rows = updates.subList(from, Math.min(updates.size(), from + BATCH_ROWS));
            batches.add(calls.send("add bulk update batch of " + rows.size() + " Accounts",
                    bulk -> bulk.createBatchFromStream(job, csv(rows))));
        }
        calls.send("close bulk update job", bulk -> bulk.closeJob(job.getId()));
        List<WriteResult> results = new ArrayList<>(updates.size());
        for (int b = 0; b < batches.size(); b++) {
            List<AccountUpdate> rows = updates.subList(b * BATCH_ROWS, Math.min(updates.size(), (b + 1) * BATCH_ROWS));
            BatchInfo done = await(calls, job.getId(), batches.get(b).getId(), pollMillis);
            if (done.getState() == BatchStateEnum.Failed) {
                throw new SalesforceRequestException("BULK_BATCH_FAILED", "bulk update batch " + done.getId() + " failed: "
                        + done.getStateMessage(), null);
            }
            results.addAll(calls.send("read bulk update results", bulk -> {
                try (InputStream csv = bulk.getBatchResultStream(job.getId(), done.getId())) {
                    return results(csv, rows);
                } catch (IOException e) {
                    throw new SalesforceUnavailableException(FaultTranslator.TRANSPORT_ERROR,
                            "reading bulk update results failed: " + e.getMessage(), e);
                }
            }));
        }
        return results;
    }

    static BatchInfo await(BulkCalls calls, String jobId, String batchId, long pollMillis) {
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            BatchInfo info = calls.send("poll bulk update batch", bulk -> bulk.getBatchInfo(jobId, batchId));
            if (info.getState() == BatchStateEnum.Completed || info.getState() == BatchStateEnum.Failed) {
                return info;
            }
            sleep(pollMillis);
        }
        throw new SalesforceUnavailableException("BULK_TIMEOUT", "bulk batch " + batchId + " did not finish", null);
    }

    /** The rows' CSV: Id, then every field any row changes; a cell for an unchanged field stays empty. */
    static InputStream csv(List<AccountUpdate> rows) {
        Set<Field<?>> columns = new TreeSet<>(Comparator.comparingInt(Field::ordinal));
        rows.forEach(row -> columns.addAll(row.changed()));
        StringWriter out = new StringWriter(rows.size() * 200);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            List<String> header = new ArrayList<>(List.of(AccountFields.ID.apiName()));
            columns.forEach(field -> header.add(field.apiName()));
            header.add(AccountFields.SEGMENTS_UPDATED_AT.apiName());
            printer.printRecord(header);
            for (AccountUpdate row : rows) {
                List<String> cells = new ArrayList<>(List.of(row.accountId()));
                for (Field<?> field : columns) {
                    Object value = row.values().getRaw(field);
                    cells.add(!row.changed().contains(field) ? "" : value == null ? CLEAR : field.format(value));
                }
                cells.add(AccountFields.SEGMENTS_UPDATED_AT.format(row.updatedAt()));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<WriteResult> results(InputStream csv, List<AccountUpdate> rows) throws IOException {
        return BulkResults.read(csv, rows.stream().map(AccountUpdate::accountId).toList(), "updates");
    }

    static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SalesforceUnavailableException("INTERRUPTED", "interrupted while waiting for a bulk batch", e);
        }
    }
}
