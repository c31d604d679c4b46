package dev.tiersync.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * How far an org has been pulled.
 *
 * @param pulledUpTo the org's own time when the last finished pull started: every change before it is stored
 * @param lastFullPull when the last full pull of the org finished, by TierSync's clock
 * @param generation the number of the last full pull; records stored since carry it
 */
public record SyncCursor(Instant pulledUpTo, Instant lastFullPull, long generation) {

    public SyncCursor {
        Objects.requireNonNull(pulledUpTo, "pulledUpTo");
        Objects.requireNonNull(lastFullPull, "lastFullPull");
    }
}
