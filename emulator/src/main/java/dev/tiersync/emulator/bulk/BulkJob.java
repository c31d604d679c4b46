package dev.tiersync.emulator.bulk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One Bulk API 1.0 job and its batches. Guarded by {@link BulkJobs}. */
final class BulkJob {

    final String id;
    final String operation;
    final String object;
    final String contentType;
    final String concurrencyMode;
    final int pkChunkSize;
    /** The id PK chunking starts at (inclusive), from the header's {@code startRow}; null for the object's first record. */
    final String pkStartRow;
    final Instant createdDate;
    final String apiVersion;
    Instant systemModstamp;
    String state = "Open";
    final List<BulkBatch> batches = new ArrayList<>();

    BulkJob(String id, String operation, String object, String contentType, String concurrencyMode, int pkChunkSize, String pkStartRow,
           Instant now, String apiVersion) {
        this.id = id;
        this.operation = operation;
        this.object = object;
        this.contentType = contentType;
        this.concurrencyMode = concurrencyMode;
        this.pkChunkSize = pkChunkSize;
        this.pkStartRow = pkStartRow;
        this.createdDate = now;
        this.apiVersion = apiVersion;
        this.systemModstamp = now;
    }

    boolean isQuery() {
        return operation.equals("query") || operation.equals("queryAll");
    }

    long count(String batchState) {
        return batches.stream().filter(b -> b.state.equals(batchState)).count();
    }

    int recordsProcessed() {
        return batches.stream().mapToInt(b -> b.processed).sum();
    }

    int recordsFailed() {
        return batches.stream().mapToInt(b -> b.failed).sum();
    }
}
