package dev.tiersync.emulator.bulk;

import dev.tiersync.emulator.BulkTiming;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One batch. Its work is done when it is created; its state shows Queued, then InProgress, then its
 * end state as the org's clock passes the times of {@link BulkTiming}, whoever looks and whatever
 * they poll, as a real org runs batches on its own. Guarded by {@link BulkJobs}.
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
    /**
     * Query results, one per result id, written when downloaded: each is of a snapshot of the rows, so every
     * download gives the same text, and the org does not hold the text of every result it has answered.
     */
    final List<Supplier<String>> resultFiles = new ArrayList<>();

    BulkBatch(String id, String jobId, Instant now) {
        this.id = id;
        this.jobId = jobId;
        this.createdDate = now;
        this.systemModstamp = now;
    }

    /**
     * The state at {@code now}: a batch is answered Queued when it is added, and at any later look
     * it is where the timing puts it; it never moves back.
     */
    void moveOn(Instant now, BulkTiming timing) {
        if (isDone()) {
            return;
        }
        Instant started = createdDate.plus(timing.queued());
        Instant finished = started.plus(timing.processing());
        if (!now.isBefore(finished)) {
            state = endState;
            systemModstamp = finished;
        } else if (!now.isBefore(started)) {
            state = "InProgress";
            systemModstamp = started;
        }
    }

    boolean isDone() {
        return state.equals("Completed") || state.equals("Failed") || state.equals("NotProcessed");
    }
}
