package dev.tiersync.sync;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one sync should do.
 *
 * @param asOf the day to assess accounts as of; deals closed on or after it do not count
 * @param dryRun when true, everything but the writes
 * @param force when true, write even past the safety brake
 * @param fullPull when true, pull everything rather than what changed since the last run
 */
public record SyncRequest(LocalDate asOf, boolean dryRun, boolean force, boolean fullPull) {

    public SyncRequest {
        Objects.requireNonNull(asOf, "asOf");
    }

    public SyncRequest(LocalDate asOf, boolean dryRun) {
        this(asOf, dryRun, false, false);
    }

    public SyncRequest(LocalDate asOf, boolean dryRun, boolean force) {
        this(asOf, dryRun, force, false);
    }
}
