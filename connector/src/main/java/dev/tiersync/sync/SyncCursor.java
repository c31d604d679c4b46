package dev.tiersync.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * How far an org has been pulled: the newest change seen of each object, when everything was last
 * pulled, and the generation of records that full pull stored.
 *
 * @param accountsSeen the greatest Account {@code SystemModstamp} stored
 * @param opportunitiesSeen the greatest Opportunity {@code SystemModstamp} stored
 * @param lastFullPull when the last full pull of the org finished
 * @param generation the number of the last full pull; records stored since carry it
 */
public record SyncCursor(Instant accountsSeen, Instant opportunitiesSeen, Instant lastFullPull, long generation) {

    public SyncCursor {
        Objects.requireNonNull(accountsSeen, "accountsSeen");
        Objects.requireNonNull(opportunitiesSeen, "opportunitiesSeen");
        Objects.requireNonNull(lastFullPull, "lastFullPull");
    }
}
