package dev.tiersync.salesforce;

import java.time.Instant;
import java.util.Objects;

/**
 * One record as pulled from the org.
 *
 * @param id the record's id
 * @param record the record's values; for a deleted record, what the org still shows of it
 * @param systemModstamp when the record last changed in any way, Salesforce's {@code SystemModstamp}
 * @param deleted whether the record is in the recycle bin or gone (seen only by incremental pulls)
 */
public record Pulled<T>(String id, T record, Instant systemModstamp, boolean deleted) {

    public Pulled {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(systemModstamp, "systemModstamp");
    }
}
