package dev.tiersync.salesforce.wsc;

import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.ConcurrencyMode;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import dev.tiersync.salesforce.SalesforceRequestException;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.Callable;
import dev.tiersync.concurrent.AllAtOnce;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A query through Bulk API 1.0 with PK chunking: one job, one query batch that Salesforce splits
 * into chunks of record ids, each chunk's CSV results streamed row by row and
 * handed on in pages, so memory stays flat however big the object is; a few chunks are read at once.
 */
final class BulkQueries {

    static final int MAX_POLLS = 100_000;

    private BulkQueries() {
    }

    /**
     * How the query is chunked: {@code chunkSize} ids a chunk, starting at {@code startRow} (inclusive) when a pull
     * that stopped part-way goes on, else at the object's first record.
     */
    record Chunking(int chunkSize, String startRow) {

        String header() {
            return "chunkSize=" + chunkSize + (startRow == null ? "" : "; startRow=" + startRow);
        }
    }

    /**
     * Where the rows go: a page at a time (pages of different chunks from several threads at once, a chunk's pages
     * from one), and word of how far from the first chunk every chunk is wholly delivered.
     */
    interface Rows {
        void page(int chunk, List<Function<String, Object>> rows);

        /** Chunks {@code 0} to {@code chunks - 1} are all delivered; told in increasing order, one call at a time. */
        void delivered(int chunks);
    }

    /**
     * Runs {@code soql} on {@code object}; {@code includeDeleted} runs it as {@code queryAll}.
     * Rows reach {@code rows} as field lookups, {@code pageSize} at a time, the chunks in id order.
     */
    static void run(BulkCalls calls, String object, String soql, boolean includeDeleted, Chunking chunking, int pageSize,
                    long pollMillis, int readers, Rows rows) {
        JobInfo job = calls.send("create bulk query job on " + object, bulk -> {
            JobInfo info = new JobInfo();
            info.setObject(object);
            info.setOperation(includeDeleted ? OperationEnum.queryAll : OperationEnum.query);
            info.setContentType(ContentType.CSV);
            info.setConcurrencyMode(ConcurrencyMode.Parallel);
            bulk.addHeader("Sforce-Enable-PKChunking", chunking.header());
            return bulk.createJob(info);
        });
        BatchInfo original = calls.send("add bulk query batch", bulk ->
                bulk.createBatchFromStream(job, new ByteArrayInputStream(soql.getBytes(StandardCharsets.UTF_8))));
        List<BatchInfo> chunks = awaitChunks(calls, job.getId(), original.getId(), pollMillis);
        readAll(chunks, Math.max(1, Math.min(readers, chunks.size())), object, rows, (index, chunk) -> {
            String[] resultIds = calls.send("list bulk query results", bulk ->
                    bulk.getQueryResultList(job.getId(), chunk.getId()).getResult());
            for (String resultId : resultIds) {
                calls.send("read bulk query result", bulk -> {
                    try (InputStream csv = bulk.getQueryResultStream(job.getId(), chunk.getId(), resultId)) {
                        stream(csv, pageSize, page -> rows.page(index, page));
                    } catch (IOException e) {
                        throw new SalesforceUnavailableException(FaultTranslator.TRANSPORT_ERROR,
                                "reading a bulk query result of " + object + " failed: " + e.getMessage(), e);
                    }
                    return null;
                });
            }
        });
        calls.send("close bulk query job", bulk -> bulk.closeJob(job.getId()));
    }

    /** Reads one chunk's results. */
    @FunctionalInterface
    private interface ChunkReader {
        void read(int index, BatchInfo chunk);
    }

    /**
     * Reads the chunks, {@code readers} at a time: each chunk's results come in a request of their own, and the time a
     * download waits for Salesforce is spent reading another. How far every chunk from the first is delivered is told
     * as chunks finish; the first failure is thrown once the others have ended.
     */
    private static void readAll(List<BatchInfo> chunks, int readers, String object, Rows rows, ChunkReader reader) {
        boolean[] done = new boolean[chunks.size()];
        int[] prefix = {0};
        List<Callable<Void>> reading = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            int index = i;
            reading.add(() -> {
                reader.read(index, chunks.get(index));
                synchronized (done) {
                    done[index] = true;
                    int before = prefix[0];
                    while (prefix[0] < done.length && done[prefix[0]]) {
                        prefix[0]++;
                    }
                    if (prefix[0] > before) {
                        rows.delivered(prefix[0]);
                    }
                }
                return null;
            });
        }
        AllAtOnce.run("tiersync-bulk-" + object, readers, reading, failed -> new SalesforceUnavailableException(
                FaultTranslator.TRANSPORT_ERROR, "reading the bulk query results of " + object + " failed: " + failed, failed));
    }

    /** Waits until every batch is done; returns the batches holding results (the chunks, or the original if unchunked). */
    private static List<BatchInfo> awaitChunks(BulkCalls calls, String jobId, String originalId, long pollMillis) {
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            BatchInfo[] batches = calls.send("poll bulk query batches", bulk -> bulk.getBatchInfoList(jobId).getBatchInfo());
            List<BatchInfo> withResults = new ArrayList<>();
            boolean pending = false;
            for (BatchInfo batch : batches) {
                if (batch.getState() == BatchStateEnum.Failed) {
                    throw new SalesforceRequestException("BULK_BATCH_FAILED", "bulk query batch " + batch.getId() + " failed: "
                            + batch.getStateMessage(), null);
                }
                if (batch.getState() == BatchStateEnum.Completed) {
                    withResults.add(batch);
                } else if (!(batch.getState() == BatchStateEnum.NotProcessed && batch.getId().equals(originalId))) {
                    pending = true;
                }
            }
            if (!pending && !withResults.isEmpty()) {
                return withResults;
            }
            BulkUpdates.sleep(pollMillis);
        }
        throw new SalesforceUnavailableException("BULK_TIMEOUT", "bulk query job " + jobId + " did not finish", null);
    }

    private static void stream(InputStream csv, int pageSize, Consumer<List<Function<String, Object>>> pages) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            Map<String, Integer> columns = parser.getHeaderMap();
            List<Function<String, Object>> page = new ArrayList<>(pageSize);
            for (CSVRecord row : parser) {
                String[] values = row.values();
                page.add(field -> {
                    Integer column = columns.get(field);
                    return column == null || column >= values.length ? null : values[column];
                });
                if (page.size() == pageSize) {
                    pages.accept(page);
                    page = new ArrayList<>(pageSize);
                }
            }
            if (!page.isEmpty()) {
                pages.accept(page);
            }
        }
    }
}
