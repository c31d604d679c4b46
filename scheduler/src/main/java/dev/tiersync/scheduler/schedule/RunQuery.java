package dev.tiersync.scheduler.schedule;

import dev.tiersync.sync.SyncStatus;

/**
 * Which runs of the history to list, newest first: of one org or all (null), with one status or any (null), and
 * only dry runs, only real runs or both (null); {@code limit} runs after skipping {@code offset}.
 */
public record RunQuery(String org, SyncStatus status, Boolean dryRun, int offset, int limit) {

    public RunQuery {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more, were " + offset + " and " + limit);
        }
    }
}
