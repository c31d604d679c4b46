package dev.tiersync.salesforce.wsc;

import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.ConcurrencyMode;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.salesforce.NewRecord;
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
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Record creates through Bulk API 1.0: one serial insert job of one object, CSV batches of up to 10,000 rows (a
 * column per custom field of the object, an empty cell for no value), polled until done, results by row.
 */
final class BulkInserts {

    private BulkInserts() {
    }

    static List<WriteResult> run(BulkCalls calls, List<NewRecord> records, long pollMillis) {
        String object = records.get(0).object();
        JobInfo job = calls.send("create bulk insert job", bulk -> {
            JobInfo info = new JobInfo();
            info.setObject(object);
            info.setOperation(OperationEnum.insert);
            info.setContentType(ContentType.CSV);
            info.setConcurrencyMode(ConcurrencyMode.Serial);
            return bulk.createJob(info);
        });
        List<BatchInfo> batches = new ArrayList<>();
        for (int from = 0; from < records.size(); from += BulkUpdates.BATCH_ROWS) {
            List<NewRecord> rows = records.subList(from, Math.min(records.size(), from + BulkUpdates.BATCH_ROWS));
            batches.add(calls.send("add bulk insert batch of " + rows.size() + " " + object + " records",
                    bulk -> bulk.createBatchFromStream(job, csv(rows))));
        }
        calls.send("close bulk insert job", bulk -> bulk.closeJob(job.getId()));
        List<WriteResult> results = new ArrayList<>(records.size());
        for (int b = 0; b < batches.size(); b++) {
            List<NewRecord> rows = records.subList(b * BulkUpdates.BATCH_ROWS,
                    Math.min(records.size(), (b + 1) * BulkUpdates.BATCH_ROWS));
            BatchInfo done = BulkUpdates.await(calls, job.getId(), batches.get(b).getId(), pollMillis);
            if (done.getState() == BatchStateEnum.Failed) {
                throw new SalesforceRequestException("BULK_BATCH_FAILED", "bulk insert batch " + done.getId() + " failed: "
                        + done.getStateMessage(), null);
            }
            results.addAll(calls.send("read bulk insert results", bulk -> {
                try (InputStream csv = bulk.getBatchResultStream(job.getId(), done.getId())) {
                    return results(csv, rows);
                } catch (IOException e) {
                    throw new SalesforceUnavailableException(FaultTranslator.TRANSPORT_ERROR,
                            "reading bulk insert results failed: " + e.getMessage(), e);
                }
            }));
        }
        return results;
    }

    /** The rows' CSV: a column per field of the object the sync writes; an empty cell for a field a row leaves blank. */
    static InputStream csv(List<NewRecord> rows) {
        List<Field<?>> columns = rows.get(0).fields().written();
        StringWriter out = new StringWriter(rows.size() * 200);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(columns.stream().map(Field::apiName).toList());
            for (NewRecord row : rows) {
                List<String> cells = new ArrayList<>(columns.size());
                for (Field<?> field : columns) {
                    Object value = row.values().getRaw(field);
                    cells.add(value == null ? "" : field.format(value));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<WriteResult> results(InputStream csv, List<NewRecord> rows) throws IOException {
        return BulkResults.read(csv, rows.stream().map(NewRecord::subjectId).toList(), "records");
    }
}
