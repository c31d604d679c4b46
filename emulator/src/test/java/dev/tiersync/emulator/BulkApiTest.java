package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.JobStateEnum;
import com.sforce.async.OperationEnum;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk API 1.0 through force-wsc's BulkConnection: update and query jobs, PK chunking, errors. */
class BulkApiTest {

    private EmulatedOrg org;
    private BulkConnection bulk;

    @BeforeEach
    void start() throws ConnectionException, AsyncApiException {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(25, 4, LocalDate.of(2025, 1, 1))));
        bulk = bulk(ForceWsc.connect(org).getConfig().getSessionId());
    }

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void anUpdateJobWritesRowsClearsNaValuesAndReportsEachRowInOrder() throws Exception {
        List<String> ids = org.store().records("Account").stream().map(r -> r.id()).limit(3).toList();
        org.store().put("Account", ids.get(1), "Segment_Reasons__c", "to clear");
        String csv = "Id,Tier__c,Segment_Reasons__c\n" + ids.get(0) + ",A,\n" + ids.get(1) + ",B,#N/A\n" + ids.get(2) + ",Gold,\n";
        JobInfo job = bulk.createJob(job("Account", OperationEnum.update));

        BatchInfo batch = bulk.createBatchFromStream(job, stream(csv));
        bulk.closeJob(job.getId());
        BatchInfo done = awaitDone(job.getId(), batch.getId());
        List<CSVRecord> results = csv(bulk.getBatchResultStream(job.getId(), batch.getId()));

        assertThat(batch.getState()).isEqualTo(BatchStateEnum.Queued);
        assertThat(done.getState()).isEqualTo(BatchStateEnum.Completed);
        assertThat(done.getNumberRecordsProcessed()).isEqualTo(3);
        assertThat(done.getNumberRecordsFailed()).isEqualTo(1);
        assertThat(results).extracting(r -> r.get("Success")).containsExactly("true", "true", "false");
        assertThat(results.get(2).get("Error")).startsWith("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:").endsWith(":Tier__c --");
        assertThat(org.store().find(ids.get(0)).orElseThrow().get("Tier__c")).isEqualTo("A");
        assertThat(org.store().find(ids.get(1)).orElseThrow().get("Segment_Reasons__c")).isNull();
        assertThat(bulk.getJobStatus(job.getId()).getState()).isEqualTo(JobStateEnum.Closed);
    }

    @Test
    void aQueryJobReturnsAResultListAndCsvResults() throws Exception {
        JobInfo job = bulk.createJob(job("Account", OperationEnum.query));
        BatchInfo batch = bulk.createBatchFromStream(job, stream("SELECT Id, Name, Tier__c FROM Account"));
        awaitDone(job.getId(), batch.getId());

        String[] resultIds = bulk.getQueryResultList(job.getId(), batch.getId()).getResult();
        List<CSVRecord> rows = csv(bulk.getQueryResultStream(job.getId(), batch.getId(), resultIds[0]));

        assertThat(resultIds).hasSize(1);
        assertThat(rows).hasSize(25);
        assertThat(rows.get(0).toMap()).containsOnlyKeys("Id", "Name", "Tier__c").containsEntry("Tier__c", "");
    }

    @Test
    void aQueryResultHoldsTheRecordsAsTheBatchFoundThemHoweverLaterItIsDownloaded() throws Exception {
        String id = org.store().records("Account").get(0).id();
        org.store().put("Account", id, "Tier__c", "A");
        JobInfo job = bulk.createJob(job("Account", OperationEnum.query));
        BatchInfo batch = bulk.createBatchFromStream(job, stream("SELECT Id, Tier__c FROM Account WHERE Tier__c = 'A'"));
        awaitDone(job.getId(), batch.getId());
        String result = bulk.getQueryResultList(job.getId(), batch.getId()).getResult()[0];

        org.store().put("Account", id, "Tier__c", "B");
        List<CSVRecord> first = csv(bulk.getQueryResultStream(job.getId(), batch.getId(), result));
        List<CSVRecord> again = csv(bulk.getQueryResultStream(job.getId(), batch.getId(), result));

        assertThat(first).extracting(CSVRecord::toMap).containsExactly(Map.of("Id", id, "Tier__c", "A"));
        assertThat(again).extracting(CSVRecord::toMap).containsExactlyElementsOf(first.stream().map(CSVRecord::toMap).toList());
    }

    @Test
    void pkChunkingSplitsTheQueryIntoChunkBatchesAndLeavesTheOriginalNotProcessed() throws Exception {
        bulk.addHeader("Sforce-Enable-PKChunking", "chunkSize=10");
        JobInfo job = bulk.createJob(job("Account", OperationEnum.query));
        BatchInfo original = bulk.createBatchFromStream(job, stream("SELECT Id FROM Account"));
        BatchInfo[] batches = awaitAllDone(job.getId());

        assertThat(batches).hasSize(4);
        assertThat(Arrays.stream(batches).filter(b -> b.getId().equals(original.getId())).findFirst().orElseThrow().getState())
                .isEqualTo(BatchStateEnum.NotProcessed);
        List<String> ids = new ArrayList<>();
        for (BatchInfo chunk : batches) {
            if (chunk.getState() == BatchStateEnum.Completed) {
                for (String result : bulk.getQueryResultList(job.getId(), chunk.getId()).getResult()) {
                    csv(bulk.getQueryResultStream(job.getId(), chunk.getId(), result)).forEach(r -> ids.add(r.get("Id")));
                }
            }
        }
        assertThat(ids).hasSize(25).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void pkChunkingFromAStartRowChunksOnlyTheRecordsFromThatIdOn() throws Exception {
        List<String> all = org.store().records("Account").stream().map(r -> r.id()).sorted().toList();
        String start = all.get(12);
        bulk.addHeader("Sforce-Enable-PKChunking", "chunkSize=5; startRow=" + start);
        JobInfo job = bulk.createJob(job("Account", OperationEnum.query));
        bulk.createBatchFromStream(job, stream("SELECT Id FROM Account"));
        BatchInfo[] batches = awaitAllDone(job.getId());

        List<String> ids = new ArrayList<>();
        for (BatchInfo chunk : batches) {
            if (chunk.getState() == BatchStateEnum.Completed) {
                for (String result : bulk.getQueryResultList(job.getId(), chunk.getId()).getResult()) {
                    csv(bulk.getQueryResultStream(job.getId(), chunk.getId(), result)).forEach(r -> ids.add(r.get("Id")));
                }
            }
        }
        assertThat(ids).as("the start row and every id after it, in chunks of 5").isEqualTo(all.subList(12, all.size()));
        assertThat(Arrays.stream(batches).filter(b -> b.getState() == BatchStateEnum.Completed)).hasSize(3);
    }

    @Test
    void aStartRowThatIsNoRecordIdRefusesTheJob() {
        bulk.addHeader("Sforce-Enable-PKChunking", "chunkSize=5; startRow=abc");

        assertThatThrownBy(() -> bulk.createJob(job("Account", OperationEnum.query)))
                .isInstanceOf(AsyncApiException.class).hasMessageContaining("startRow must be a record id");
    }

    @Test
    void aBadSessionIsInvalidSessionId() throws AsyncApiException {
        BulkConnection stranger = bulk("00D5g000004EMUL!nope");

        assertThatThrownBy(() -> stranger.createJob(job("Account", OperationEnum.update)))
                .isInstanceOfSatisfying(AsyncApiException.class,
                        e -> assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidSessionId));
    }

    @Test
    void anUnknownFieldFailsTheBatchWithTheFieldName() throws Exception {
        JobInfo job = bulk.createJob(job("Account", OperationEnum.update));
        BatchInfo batch = bulk.createBatchFromStream(job, stream("Id,Segmnt__c\n001000000000001AAA,x\n"));

        BatchInfo done = awaitDone(job.getId(), batch.getId());

        assertThat(done.getState()).isEqualTo(BatchStateEnum.Failed);
        assertThat(done.getStateMessage()).isEqualTo("InvalidBatch : Field name not found : Segmnt__c");
    }

    @Test
    void bulkCallsCountAgainstTheDailyLimit() throws Exception {
        int before = org.calls().total();
        bulk.createJob(job("Account", OperationEnum.query));

        assertThat(org.calls().total()).isEqualTo(before + 1);
    }

    private BatchInfo awaitDone(String jobId, String batchId) throws AsyncApiException {
        for (int i = 0; i < 10; i++) {
            BatchInfo info = bulk.getBatchInfo(jobId, batchId);
            if (info.getState() != BatchStateEnum.Queued && info.getState() != BatchStateEnum.InProgress) {
                return info;
            }
        }
        throw new AssertionError("batch did not finish in 10 polls");
    }

    private BatchInfo[] awaitAllDone(String jobId) throws AsyncApiException {
        for (int i = 0; i < 10; i++) {
            BatchInfo[] infos = bulk.getBatchInfoList(jobId).getBatchInfo();
            if (Arrays.stream(infos).noneMatch(b -> b.getState() == BatchStateEnum.Queued || b.getState() == BatchStateEnum.InProgress)) {
                return infos;
            }
        }
        throw new AssertionError("batches did not finish in 10 polls");
    }

    private BulkConnection bulk(String sessionId) throws AsyncApiException {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(sessionId);
        config.setRestEndpoint(org.bulkEndpoint());
        return new BulkConnection(config);
    }

    private static JobInfo job(String object, OperationEnum operation) {
        JobInfo job = new JobInfo();
        job.setObject(object);
        job.setOperation(operation);
        job.setContentType(ContentType.CSV);
        return job;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> csv(InputStream in) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }
}
