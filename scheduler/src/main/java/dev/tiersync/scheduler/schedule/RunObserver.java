package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.sync.SyncReport;

/** Told of every finished run, after it is in the history: metrics, alerts and the like. Must not throw. */
@FunctionalInterface
public interface RunObserver {

    void finished(OrgSettings org, String runId, SyncReport report);
}
