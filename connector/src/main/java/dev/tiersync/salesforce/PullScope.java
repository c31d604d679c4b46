package dev.tiersync.salesforce;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which records a pull asks for: every live record, or every record changed at or after an instant,
 * deletions included; of those, only the ids in a range when the pull is split into streams, and only the
 * records whose id comes after a given one when a pull that stopped part-way goes on from there. Pages arrive in
 * id order, so the last id stored is where a stopped pull resumes.
 *
 * @param changedSince the earliest {@code SystemModstamp} to pull; null pulls everything
 * @param bulkThreshold above this many records the pull goes through the Bulk API with PK chunking
 * @param afterId pull only records whose id sorts after this one; null starts from the first
 * @param range the ids to pull, as one stream of a split pull; {@link IdRange#ALL} for every id
 */
public record PullScope(Instant changedSince, int bulkThreshold, String afterId, IdRange range) {

    public PullScope {
        if (bulkThreshold < 1) {
            throw new IllegalArgumentException("the bulk pull threshold must be at least 1, was " + bulkThreshold);
        }
        if (afterId != null && !IdRange.isId(afterId)) {
            throw new IllegalArgumentException("a pull resumes after a Salesforce id, was '" + afterId + "'");
        }
        Objects.requireNonNull(range, "range");
    }

    public PullScope(Instant changedSince, int bulkThreshold) {
        this(changedSince, bulkThreshold, null, IdRange.ALL);
    }

    public static PullScope everything(int bulkThreshold) {
        return new PullScope(null, bulkThreshold);
    }

    public static PullScope changedSince(Instant since, int bulkThreshold) {
        return new PullScope(Objects.requireNonNull(since, "since"), bulkThreshold);
    }

    /** The same records, from the one after {@code id} on; null starts from the first. */
    public PullScope after(String id) {
        return new PullScope(changedSince, bulkThreshold, id, range);
    }

    /** The same records, of the ids in {@code ids} only. */
    public PullScope within(IdRange ids) {
        return new PullScope(changedSince, bulkThreshold, afterId, ids);
    }

    public Optional<Instant> since() {
        return Optional.ofNullable(changedSince);
    }

    public Optional<String> resumesAfter() {
        return Optional.ofNullable(afterId);
    }
}
