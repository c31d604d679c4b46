package dev.tiersync.salesforce;

import java.time.Instant;
import java.util.Optional;

/**
 * Which records a pull asks for: every live record, or every record changed at or after an instant,
 * deletions included, oldest change first.
 *
 * @param changedSince the earliest {@code SystemModstamp} to pull; null pulls everything
 * @param bulkThreshold above this many records the pull goes through the Bulk API with PK chunking
 */
public record PullScope(Instant changedSince, int bulkThreshold) {

    public PullScope {
        if (bulkThreshold < 1) {
            throw new IllegalArgumentException("the bulk pull threshold must be at least 1, was " + bulkThreshold);
        }
    }

    public static PullScope everything(int bulkThreshold) {
        return new PullScope(null, bulkThreshold);
    }

    public static PullScope changedSince(Instant since, int bulkThreshold) {
        return new PullScope(java.util.Objects.requireNonNull(since, "since"), bulkThreshold);
    }

    public Optional<Instant> since() {
        return Optional.ofNullable(changedSince);
    }
}
