package dev.tiersync.emulator.bulk;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.soap.CreatePlanner;
import dev.tiersync.emulator.soap.RecordValues;
import dev.tiersync.emulator.store.ObjectSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs a CSV insert batch: an empty cell sets nothing; each row is checked and created like a SOAP create
 * ({@link CreatePlanner}), and gets one result row, in order, with the new id when it was created.
 */
final class InsertBatch {

    private InsertBatch() {
    }

    static void run(BulkBatch batch, ObjectSchema object, String csv, OrgContext org) {
        List<CSVRecord> rows;
        List<String> headers;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            headers = parser.getHeaderNames();
            rows = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            UpdateBatch.fail(batch, "InvalidBatch : Failed to parse CSV: " + e.getMessage());
            return;
        }
        for (String header : headers) {
            if (object.field(header).isEmpty()) {
                UpdateBatch.fail(batch, "InvalidBatch : Field name not found : " + header);
                return;
            }
        }
        if (rows.isEmpty() || rows.size() > UpdateBatch.MAX_RECORDS) {
            UpdateBatch.fail(batch, "InvalidBatch : A batch must hold 1 to " + UpdateBatch.MAX_RECORDS + " records, this one holds "
                    + rows.size());
            return;
        }
        StringWriter out = new StringWriter(rows.size() * 48);
        try (CSVPrinter printer = new CSVPrinter(out, UpdateBatch.RESULTS)) {
            printer.printRecord("Id", "Success", "Created", "Error");
            for (CSVRecord row : rows) {
                List<RecordValues.Input> inputs = new ArrayList<>();
                for (String header : headers) {
                    String value = row.get(header);
                    if (!value.isEmpty()) {
                        inputs.add(new RecordValues.Input(header, value));
                    }
                }
                CreatePlanner.Planned planned = CreatePlanner.plan(object.name(), inputs, org);
                CreatePlanner.Created created = planned.error() == null ? CreatePlanner.create(planned, org)
                        : new CreatePlanner.Created(null, planned.error());
                batch.processed++;
                if (created.error() == null) {
                    printer.printRecord(created.id(), "true", "true", "");
                } else {
                    batch.failed++;
                    var error = created.error();
                    printer.printRecord("", "false", "false", error.statusCode() + ":" + error.message() + ":"
                            + String.join(",", error.fields()) + " --");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.resultCsv = out.toString();
    }
}
