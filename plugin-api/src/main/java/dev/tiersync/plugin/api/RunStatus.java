package dev.tiersync.plugin.api;

/** How a run ended. */
public enum RunStatus {
    /** Every change was written (or, in a dry run, planned). */
    SUCCEEDED,
    /** The run finished, but Salesforce rejected some records. */
    PARTIALLY_FAILED,
    /** The org's API limit was reached; the run stopped cleanly and the next one picks it up. */
    DEFERRED,
    /** The safety brake stopped the run before any write: too many accounts would have changed tier. */
    BRAKED,
    /** The run could not finish. */
    FAILED,
    /** The run did not start: the org was being synced by another run. */
    SKIPPED
}
