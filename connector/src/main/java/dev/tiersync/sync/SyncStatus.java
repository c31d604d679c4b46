package dev.tiersync.sync;

/** How a sync ended. */
public enum SyncStatus {
    /** Every change was written (or, in a dry run, planned). */
    SUCCEEDED,
    /** The sync finished but Salesforce rejected some records; they are listed in the report. */
    PARTIALLY_FAILED,
    /** The org's API limit was reached; the sync stopped cleanly and the next run picks it up. */
    DEFERRED,
    /** The safety brake stopped the sync before any write: too many accounts would change tier. */
    BRAKED,
    /** The sync could not finish. */
    FAILED,
    /** The sync did not start: the org was being synced by another run. Nothing was read or written. */
    SKIPPED
}
