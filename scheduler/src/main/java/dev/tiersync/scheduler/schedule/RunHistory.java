package dev.tiersync.scheduler.schedule;

import dev.tiersync.sync.DisabledPlugin;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.WriteFailure;
import java.util.List;
import java.util.Optional;

/** The runs of every org, newest first, with the records each run could not write and the plugins it switched off. */
public interface RunHistory {

    /** Keeps a finished run, with the records it could not write and the plugins its report names as switched off. */
    void record(String runId, String org, SyncReport report);

    /** Adds plugins a recorded run switched off after its report was made: run listeners that threw. */
    void recordPluginFailures(String runId, List<DisabledPlugin> failures);

    /** The plugins a run switched off, in the order they failed. */
    List<DisabledPlugin> pluginFailures(String runId);

    /** The newest runs, newest first. */
    List<RunRecord> recent(int limit);

    /** The newest runs of one org, newest first. */
    List<RunRecord> recent(String org, int limit);

    /** One page of the runs a query selects, newest first. */
    List<RunRecord> find(RunQuery query);

    Optional<RunRecord> find(String runId);

    /** The records Salesforce refused in a run, with its code and message. */
    List<WriteFailure> failures(String runId);

    /** The run's whole report as JSON, as {@code tiersync run --json} prints it. */
    Optional<String> report(String runId);
}
