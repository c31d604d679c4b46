package dev.tiersync.emulator.bulk;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.soap.RecordValues;
import dev.tiersync.emulator.soap.UpdatePlanner;
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
import org.apache.commons.csv.QuoteMode;

/**
 * Runs a CSV update batch: an empty cell leaves a field alone, {@code #N/A} clears it; each row is
 * checked and written like a SOAP update, and gets one result row, in order.
 */
final class UpdateBatch {

    static final int MAX_RECORDS = 10_000;
    static final CSVFormat RESULTS = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\n").get();

    private UpdateBatch() {
    }

    static void run(BulkBatch batch, ObjectSchema object, String csv, OrgContext org) {
        List<CSVRecord> rows;
        List<String> headers;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            headers = parser.getHeaderNames();
            rows = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            fail(batch, "InvalidBatch : Failed to parse CSV: " + e.getMessage());
            return;
        }
        if (!headers.contains("Id")) {
            fail(batch, "InvalidBatch : Field name not found : Id");
            return;
        }
        for (String header : headers) {
            if (object.field(header).isEmpty()) {
                fail(batch, "InvalidBatch : Field name not found : " + header);
                return;
            }
        }
        if (rows.isEmpty() || rows.size() > MAX_RECORDS) {
            fail(batch, "InvalidBatch : A batch must hold 1 to " + MAX_RECORDS + " records, this one holds " + rows.size());
            return;
        }
        StringWriter out = new StringWriter(rows.size() * 48);
        try (CSVPrinter printer = new CSVPrinter(out, RESULTS)) {
            printer.printRecord("Id", "Success", "Created", "Error");
            for (CSVRecord row : rows) {
                List<RecordValues.Input> inputs = new ArrayList<>();
                for (String header : headers) {
                    String value = row.get(header);
                    if (!header.equals("Id") && !value.isEmpty()) {
                        inputs.add(new RecordValues.Input(header, value.equals("#N/A") ? null : value));
                    }
                }
                UpdatePlanner.Planned planned = UpdatePlanner.plan(row.get("Id"), object.name(), inputs, org);
                batch.processed++;
                if (planned.error() == null) {
                    UpdatePlanner.apply(planned, org);
                    printer.printRecord(planned.id(), "true", "false", "");
                } else {
                    batch.failed++;
                    var error = planned.error();
                    printer.printRecord(row.get("Id"), "false", "false", error.statusCode() + ":" + error.message() + ":"
                            + String.join(",", error.fields()) + " --");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.resultCsv = out.toString();
    }

    static void fail(BulkBatch batch, String message) {
        batch.endState = "Failed";
        batch.stateMessage = message;
    }
}
