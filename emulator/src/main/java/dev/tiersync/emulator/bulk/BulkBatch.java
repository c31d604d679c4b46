package dev.tiersync.emulator.bulk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch. Its work is done when it is created; its state shows Queued, then InProgress, then its
 * end state, one step per poll, as a real org's would over time. Guarded by {@link BulkJobs}.
 */
final class BulkBatch {

    final String id;
    final String jobId;
    final Instant createdDate;
    Instant systemModstamp;
    String state = "Queued";
    String endState = "Completed";
    String stateMessage;
    int processed;
    int failed;
    /** Update results: one CSV; query results: one CSV per result id. */
    String resultCsv;
    final List<String> resultIds = new ArrayList<>();
    final List<String> resultFiles = new ArrayList<>();

    BulkBatch(String id, String jobId, Instant now) {
        this.id = id;
        this.jobId = jobId;
        this.createdDate = now;
        this.systemModstamp = now;
    }

    /** One step towards the end state, as seen by a poll. */
    void advance(Instant now) {
        if (state.equals("Queued")) {
            state = "InProgress";
            systemModstamp = now;
        } else if (state.equals("InProgress")) {
            state = endState;
            systemModstamp = now;
        }
    }

    boolean isDone() {
        return state.equals("Completed") || state.equals("Failed") || state.equals("NotProcessed");
    }
}
