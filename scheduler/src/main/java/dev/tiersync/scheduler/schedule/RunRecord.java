package dev.tiersync.scheduler.schedule;

import java.time.Instant;

/**
 * One run as the history keeps it.
 *
 * @param apiUsed the org's API requests used that day, as Salesforce reported it in the run; null if unknown
 * @param apiLimit the org's daily API request limit; null if unknown
 */
public record RunRecord(String id, String org, Instant startedAt, Instant finishedAt, String status, boolean dryRun,
                        boolean fullPull, int accountsAssessed, int accountsPulled, int opportunitiesPulled,
                        int accountsChanged, int accountsWritten, int failures, int apiCalls, long durationMillis,
                        String error, Integer apiUsed, Integer apiLimit) {
}
