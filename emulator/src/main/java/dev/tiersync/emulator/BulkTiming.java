package dev.tiersync.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How a Bulk batch moves on, as Salesforce runs batches on its own whatever the client polls: it is
 * {@code Queued} for {@code queued} after it was added, then {@code InProgress} for {@code processing},
 * then done. Measured on the org's clock, so a test clock moves batches deterministically.
 *
 * @param queued how long a new batch waits before it starts
 * @param processing how long it then runs
 */
public record BulkTiming(Duration queued, Duration processing) {

    public BulkTiming {
        Objects.requireNonNull(queued, "queued");
        Objects.requireNonNull(processing, "processing");
        if (queued.isNegative() || processing.isNegative()) {
            throw new IllegalArgumentException("Bulk batch times must not be negative, were " + queued + " and " + processing);
        }
    }

    /** A batch is answered Queued when added and is done at any later look. */
    public static BulkTiming immediate() {
        return new BulkTiming(Duration.ZERO, Duration.ZERO);
    }
}
