package dev.tiersync.emulator.bulk;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.soql.SoqlException;
import dev.tiersync.emulator.soql.SoqlQuery;
import dev.tiersync.emulator.store.Rows;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVPrinter;

/** Runs a query batch into CSV result files; with PK chunking, splits the object by Id into chunk batches. */
final class QueryBatch {

    static final int ROWS_PER_RESULT = 100_000;

    private QueryBatch() {
    }

    /**
     * @param newBatch makes and registers a further batch of the job, for PK chunks
     * @param newResultId a fresh result id
     */
    static void run(BulkJob job, BulkBatch batch, String soql, OrgContext org, Supplier<BulkBatch> newBatch,
                    Supplier<String> newResultId) {
        SoqlQuery query;
        try {
            query = org.soql().parse(soql.strip());
        } catch (SoqlException e) {
            UpdateBatch.fail(batch, "InvalidBatch : " + e.kind() + ": " + e.getMessage());
            return;
        }
        if (query.count()) {
            UpdateBatch.fail(batch, "InvalidBatch : Failed to process query: FUNCTIONALITY_NOT_ENABLED: COUNT() is not "
                    + "supported by the Bulk API");
            return;
        }
        if (!query.object().name().equalsIgnoreCase(job.object)) {
            UpdateBatch.fail(batch, "InvalidBatch : the query is on " + query.object().name() + ", the job on " + job.object);
            return;
        }
        Rows rows = org.store().snapshot(query.object().name(), job.operation.equals("queryAll"));
        if (job.pkChunkSize == 0) {
            write(batch, query, query.apply(rows), newResultId);
            return;
        }
        if (query.order() != null || query.limit() != null) {
            UpdateBatch.fail(batch, "InvalidBatch : PK chunking supports only queries without ORDER BY or LIMIT");
            return;
        }
        batch.endState = "NotProcessed";
        int idColumn = query.object().position("Id");
        Rows ids = rows.reading(new int[] {idColumn});
        Rows byId = (job.pkStartRow == null ? ids : ids.filter(row -> row[idColumn].compareTo(job.pkStartRow) >= 0))
                .sorted(Comparator.comparing(row -> row[idColumn]), null);
        for (int from = 0; from < byId.size(); from += job.pkChunkSize) {
            BulkBatch chunk = newBatch.get();
            write(chunk, query, query.apply(byId.subList(from, Math.min(byId.size(), from + job.pkChunkSize))), newResultId);
        }
    }

    /** Splits the rows into result files, each written as CSV when it is downloaded. */
    private static void write(BulkBatch batch, SoqlQuery query, List<String[]> rows, Supplier<String> newResultId) {
        for (int from = 0; from < Math.max(1, rows.size()); from += ROWS_PER_RESULT) {
            List<String[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_RESULT));
            batch.resultIds.add(newResultId.get());
            batch.resultFiles.add(() -> csv(query, part));
        }
        batch.processed = rows.size();
    }

    private static String csv(SoqlQuery query, List<String[]> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, UpdateBatch.RESULTS)) {
            printer.printRecord(query.fields().stream().map(f -> f.name()).toList());
            for (String[] row : rows) {
                List<String> values = new ArrayList<>(query.columns().length);
                for (int column : query.columns()) {
                    values.add(row[column] == null ? "" : row[column]);
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
