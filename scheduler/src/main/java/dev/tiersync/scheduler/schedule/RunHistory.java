package dev.tiersync.scheduler.schedule;

import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.WriteFailure;
import java.util.List;
import java.util.Optional;

/** The runs of every org, newest first, with the records each run could not write. */
public interface RunHistory {

    void record(String runId, String org, SyncReport report);

    /** The newest runs, newest first. */
    List<RunRecord> recent(int limit);

    /** The newest runs of one org, newest first. */
    List<RunRecord> recent(String org, int limit);

    Optional<RunRecord> find(String runId);

    /** The records Salesforce refused in a run, with its code and message. */
    List<WriteFailure> failures(String runId);

    /** The run's whole report as JSON, as {@code tiersync run --json} prints it. */
    Optional<String> report(String runId);
}
