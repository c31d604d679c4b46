package dev.tiersync.scheduler.schedule;

import dev.tiersync.sync.PullSummary;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The report of a run that did not start because the org was being synced already. */
final class SkippedRun {

    private SkippedRun() {
    }

    static SyncReport report(SyncRequest request, Clock clock, String reason) {
        return new SyncReport(new SyncReport.Run(SyncStatus.SKIPPED, request.asOf(), request.dryRun(), clock.instant(),
                Duration.ZERO, reason), SyncReport.Assessed.NONE, PullSummary.NONE, SyncReport.Findings.NONE,
                SyncReport.Changes.NONE, SyncReport.Writes.NONE, SyncReport.ApiCalls.NONE, SyncReport.Plugins.NONE, Map.of());
    }
}
