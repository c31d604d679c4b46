package dev.tiersync.salesforce.wsc;

import dev.tiersync.salesforce.SalesforceUnavailableException;
import dev.tiersync.salesforce.WriteResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The result CSV of a Bulk API write batch (one row per row sent, in order, with {@code Success} and
 * {@code Error} columns), read into one outcome per record, for updates and inserts alike.
 */
final class BulkResults {

    private BulkResults() {
    }

    /**
     * @param subjects the id each outcome is about, in the order the rows were sent
     * @param rows what the rows were, for the message when the counts differ ("updates", "records")
     */
    static List<WriteResult> read(InputStream csv, List<String> subjects, String rows) throws IOException {
        List<WriteResult> results = new ArrayList<>(subjects.size());
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != subjects.size()) {
                throw new SalesforceUnavailableException(FaultTranslator.UNEXPECTED_RESPONSE, "bulk results hold " + records.size()
                        + " rows for " + subjects.size() + " " + rows, null);
            }
            for (int i = 0; i < subjects.size(); i++) {
                CSVRecord record = records.get(i);
                String subject = subjects.get(i);
                if ("true".equalsIgnoreCase(record.get("Success"))) {
                    results.add(WriteResult.ok(subject));
                } else {
                    String error = record.get("Error");
                    int colon = error.indexOf(':');
                    results.add(FaultTranslator.writeRefusal(subject, colon > 0 ? error.substring(0, colon) : "UNKNOWN",
                            colon > 0 ? error.substring(colon + 1) : error));
                }
            }
            return results;
        }
    }
}
