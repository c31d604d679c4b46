package dev.tiersync.emulator.bulk;

import dev.tiersync.emulator.store.SalesforceIds;
import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.xml.SoapRequest;
import dev.tiersync.emulator.xml.XmlNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/** The org's Bulk API 1.0 jobs: what each call does to them. Thread-safe. */
final class BulkJobs {

    static final Set<String> OPERATIONS = Set.of("query", "queryAll", "update", "insert");
    static final int DEFAULT_PK_CHUNK = 100_000;
    static final int MAX_PK_CHUNK = 250_000;

    private final Map<String, BulkJob> jobs = new HashMap<>();
    private final Map<String, BulkBatch> batches = new HashMap<>();
    private long sequence;

    synchronized BulkJob create(String jobXml, String pkChunkingHeader, OrgContext org) {
        XmlNode info = parse(jobXml);
        String operation = info.childText("operation");
        String object = info.childText("object");
        if (operation == null || !OPERATIONS.contains(operation.strip())) {
            throw new BulkException(400, "FeatureNotEnabled", "The emulator supports query, queryAll, update and insert jobs, not " + operation);
        }
        ObjectSchema schema = org.store().schema().object(object == null ? "" : object.strip())
                .orElseThrow(() -> new BulkException(400, "InvalidEntity", "Entity '" + object + "' is not supported by the Bulk API."));
        String contentType = info.childText("contentType") == null ? "CSV" : info.childText("contentType").strip();
        if (!contentType.equals("CSV")) {
            throw new BulkException(400, "UnsupportedContentType", "The emulator supports CSV jobs only, not " + contentType);
        }
        String concurrency = info.childText("concurrencyMode") == null ? "Parallel" : info.childText("concurrencyMode").strip();
        BulkJob job = new BulkJob(id("750"), operation.strip(), schema.name(), contentType, concurrency,
                pkChunkSize(pkChunkingHeader, operation.strip()), pkStartRow(pkChunkingHeader), org.clocks().now(),
                org.version().toString());
        jobs.put(job.id, job);
        return job;
    }

    synchronized BulkJob changeState(String jobId, String jobXml, OrgContext org) {
        BulkJob job = job(jobId, org);
        String raw = parse(jobXml).childText("state");
        String state = raw == null ? null : raw.strip();
        if (!"Closed".equals(state) && !"Aborted".equals(state)) {
            throw new BulkException(400, "InvalidJobState", "A job can only be Closed or Aborted, not " + state);
        }
        if (!job.state.equals("Open")) {
            throw new BulkException(400, "InvalidJobState", "Job " + jobId + " is " + job.state + ", not Open");
        }
        job.state = state;
        job.systemModstamp = org.clocks().now();
        return job;
    }

    synchronized BulkBatch addBatch(String jobId, String body, OrgContext org) {
        BulkJob job = job(jobId, org);
        if (!job.state.equals("Open")) {
            throw new BulkException(400, "InvalidJobState", "Job " + jobId + " is " + job.state + "; batches can only be added to an Open job");
        }
        if (body.isBlank()) {
            throw BulkException.invalidBatch("Records not found for this batch");
        }
        BulkBatch batch = newBatch(job, org.clocks().now());
        if (job.isQuery()) {
            QueryBatch.run(job, batch, body, org, () -> newBatch(job, org.clocks().now()), () -> id("752"));
        } else {
            ObjectSchema object = org.store().schema().object(job.object).orElseThrow();
            if (job.operation.equals("insert")) {
                InsertBatch.run(batch, object, body, org);
            } else {
                UpdateBatch.run(batch, object, body, org);
            }
        }
        return batch;
    }

    /** A job with its batches as they stand now, so its batch counts are true whoever polls what. */
    synchronized BulkJob job(String jobId, OrgContext org) {
        BulkJob job = jobs.get(jobId);
        if (job == null) {
            throw BulkException.invalidJob(jobId);
        }
        Instant now = org.clocks().now();
        job.batches.forEach(batch -> batch.moveOn(now, org.settings().bulkTiming()));
        return job;
    }

    /** A batch as it stands now. */
    synchronized BulkBatch batch(String jobId, String batchId, OrgContext org) {
        job(jobId, org);
        return batch(jobId, batchId);
    }

    synchronized List<BulkBatch> batches(String jobId, OrgContext org) {
        return List.copyOf(job(jobId, org).batches);
    }

    /** A finished batch, for its results. */
    synchronized BulkBatch finished(String jobId, String batchId, OrgContext org) {
        BulkBatch batch = batch(jobId, batchId, org);
        if (!batch.isDone()) {
            throw BulkException.invalidBatch("Batch not completed");
        }
        if (!batch.state.equals("Completed")) {
            throw BulkException.invalidBatch("Batch " + batchId + " is " + batch.state + "; it has no results");
        }
        return batch;
    }

    private BulkBatch batch(String jobId, String batchId) {
        BulkBatch batch = batches.get(batchId);
        if (batch == null || !batch.jobId.equals(jobId)) {
            throw BulkException.invalidBatch("Unable to find batch " + batchId + " in job " + jobId);
        }
        return batch;
    }

    private BulkBatch newBatch(BulkJob job, Instant now) {
        BulkBatch batch = new BulkBatch(id("751"), job.id, now);
        job.batches.add(batch);
        batches.put(batch.id, batch);
        return batch;
    }

    private static int pkChunkSize(String header, String operation) {
        if (header == null || header.isBlank() || header.strip().equalsIgnoreCase("false")) {
            return 0;
        }
        if (!operation.startsWith("query")) {
            throw new BulkException(400, "InvalidJob", "PK chunking is only for query jobs");
        }
        int size = DEFAULT_PK_CHUNK;
        for (String part : header.split(";")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("chunkSize")) {
                try {
                    size = Integer.parseInt(pair[1].strip());
                } catch (NumberFormatException e) {
                    throw new BulkException(400, "InvalidJob", "chunkSize must be a number, was " + pair[1]);
                }
            }
        }
        if (size < 1 || size > MAX_PK_CHUNK) {
            throw new BulkException(400, "InvalidJob", "chunkSize must be 1 to " + MAX_PK_CHUNK + ", was " + size);
        }
        return size;
    }

    /** The header's {@code startRow}: a record id (15 or 18 characters) where chunking begins, or null. */
    private static String pkStartRow(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("startRow")) {
                String id = pair[1].strip();
                if (!id.matches("[A-Za-z0-9]{15}|[A-Za-z0-9]{18}")) {
                    throw new BulkException(400, "InvalidJob", "startRow must be a record id, was " + id);
                }
                return id;
            }
        }
        return null;
    }

    private String id(String prefix) {
        return SalesforceIds.of(prefix, "5g0002", ++sequence);
    }

    private static XmlNode parse(String xml) {
        try {
            return SoapRequest.parseDocument(xml);
        } catch (XMLStreamException | RuntimeException e) {
            throw new BulkException(400, "InvalidXml", "Failed to parse XML: " + e.getMessage());
        }
    }
}
