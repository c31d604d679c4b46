package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.async.QueryResultList;
import dev.tiersync.emulator.junit.MutableClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk batches run on their own, as on Salesforce, whatever the client polls: Data Loader polls only
 * the job, and its batch counts must move on with time. Over HTTPS, through force-wsc's BulkConnection.
 */
class BulkAsSalesforceRunsItTest {

    private static final BulkTiming TIMING = new BulkTiming(Duration.ofSeconds(2), Duration.ofSeconds(5));

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private EmulatedOrg org;
    private String session;

    @BeforeEach
    void start() throws Exception {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(30, 5, LocalDate.of(2025, 1, 1)))
                .withClock(clock).withBulkTiming(TIMING).withHttps(EmulatorTls.selfSigned()));
        session = ForceWsc.connect(org).getConfig().getSessionId();
    }

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void batchesCompleteWhileOnlyTheJobIsPolledAndItsCountsStayTrue() throws Exception {
        BulkConnection bulk = ForceWsc.bulk(org, org.bulkEndpoint(), session);
        JobInfo job = bulk.createJob(queryJob());
        BatchInfo first = bulk.createBatchFromStream(job, soql("SELECT Id FROM Account"));
        clock.advance(Duration.ofSeconds(1));
        BatchInfo second = bulk.createBatchFromStream(job, soql("SELECT Id, Name FROM Account"));
        bulk.closeJob(job.getId());

        JobInfo queued = bulk.getJobStatus(job.getId());
        clock.advance(Duration.ofSeconds(1));
        JobInfo oneRunning = bulk.getJobStatus(job.getId());
        clock.advance(Duration.ofSeconds(5));
        JobInfo oneDone = bulk.getJobStatus(job.getId());
        clock.advance(Duration.ofSeconds(1));
        JobInfo allDone = bulk.getJobStatus(job.getId());

        assertThat(first.getState()).isEqualTo(BatchStateEnum.Queued);
        assertThat(counts(queued)).containsExactly(2, 0, 0, 2);
        assertThat(counts(oneRunning)).containsExactly(1, 1, 0, 2);
        assertThat(counts(oneDone)).containsExactly(0, 1, 1, 2);
        assertThat(counts(allDone)).containsExactly(0, 0, 2, 2);
        assertThat(allDone.getNumberRecordsProcessed()).isEqualTo(60);
        QueryResultList results = bulk.getQueryResultList(job.getId(), second.getId());
        assertThat(results.getResult()).hasSize(1);
        assertThat(org.calls().count("bulk GET batch")).as("no batch was polled before its results").isEqualTo(1);
    }

    @Test
    void aBatchSeenBeforeItsTimeIsStillQueuedAndNeverMovesBack() throws Exception {
        BulkConnection bulk = ForceWsc.bulk(org, org.bulkEndpoint(), session);
        JobInfo job = bulk.createJob(queryJob());
        BatchInfo batch = bulk.createBatchFromStream(job, soql("SELECT Id FROM Account"));

        BatchInfo polledManyTimes = null;
        for (int i = 0; i < 5; i++) {
            polledManyTimes = bulk.getBatchInfo(job.getId(), batch.getId());
        }
        clock.advance(Duration.ofSeconds(7));
        BatchInfo later = bulk.getBatchInfo(job.getId(), batch.getId());

        assertThat(polledManyTimes.getState()).as("polling does not move a batch").isEqualTo(BatchStateEnum.Queued);
        assertThat(later.getState()).isEqualTo(BatchStateEnum.Completed);
        assertThat(later.getNumberRecordsProcessed()).isEqualTo(30);
    }

    @Test
    void aBulkRequestWithTheBearerSessionHeaderIsServedAsDataLoaderSendsIt() throws Exception {
        BulkConnection bulk = ForceWsc.bulk(org, org.bulkEndpoint(), "Bearer " + session);

        JobInfo job = bulk.createJob(queryJob());

        assertThat(bulk.getJobStatus(job.getId()).getObject()).isEqualTo("Account");
    }

    private static Integer[] counts(JobInfo job) {
        return new Integer[] {job.getNumberBatchesQueued(), job.getNumberBatchesInProgress(), job.getNumberBatchesCompleted(),
                job.getNumberBatchesTotal()};
    }

    private static JobInfo queryJob() {
        JobInfo job = new JobInfo();
        job.setObject("Account");
        job.setOperation(OperationEnum.query);
        job.setContentType(ContentType.CSV);
        return job;
    }

    private static ByteArrayInputStream soql(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
