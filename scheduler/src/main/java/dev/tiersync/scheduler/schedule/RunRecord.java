package dev.tiersync.scheduler.schedule;

import java.time.Instant;

/** One run as the history keeps it. */
public record RunRecord(String id, String org, Instant startedAt, Instant finishedAt, String status, boolean dryRun,
                        boolean fullPull, int accountsAssessed, int accountsPulled, int opportunitiesPulled,
                        int accountsChanged, int accountsWritten, int failures, int apiCalls, long durationMillis,
                        String error) {
}
