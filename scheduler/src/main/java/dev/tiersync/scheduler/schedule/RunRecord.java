package dev.tiersync.scheduler.schedule;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncStatus;
import java.time.Instant;

/**
 * One run as the history lists it; its whole report is kept beside it. Flat on the wire, as the admin
 * API has always answered it.
 *
 * @param error what stopped the run, or null when it finished
 */
public record RunRecord(String id, String org, Instant startedAt, Instant finishedAt, SyncStatus status, boolean dryRun,
                        boolean fullPull, @JsonUnwrapped Counts counts, long durationMillis, String error,
                        @JsonUnwrapped ApiUse api) {

    /** The history's line for a finished run. */
    public static RunRecord of(String id, String org, SyncReport report) {
        SyncReport.Run run = report.run();
        return new RunRecord(id, org, run.startedAt(), run.startedAt().plus(run.duration()), run.status(), run.dryRun(),
                report.pull().full(), new Counts(report.assessed().accounts(), report.pull().accounts(),
                report.pull().opportunities(), report.changes().accounts(), report.writes().accounts(),
                report.writes().failures().size(), report.api().calls()), run.duration().toMillis(), run.error(),
                report.api().usage() == null ? ApiUse.UNKNOWN
                        : new ApiUse(report.api().usage().used(), report.api().usage().limit()));
    }

    /**
     * What the run counted.
     *
     * @param accountsAssessed every account of the org, as the snapshot held it
     * @param accountsPulled accounts this run pulled from the org
     * @param failures records the org refused
     */
    public record Counts(int accountsAssessed, int accountsPulled, int opportunitiesPulled, int accountsChanged,
                         int accountsWritten, int failures, int apiCalls) {
    }

    /**
     * The org's API requests used that day and its daily limit, as Salesforce reported them in the run.
     *
     * @param apiUsed null if unknown
     * @param apiLimit null if unknown
     */
    public record ApiUse(Integer apiUsed, Integer apiLimit) {
        static final ApiUse UNKNOWN = new ApiUse(null, null);
    }
}
