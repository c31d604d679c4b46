package dev.tiersync.emulator;

/**
 * The kinds of account history the generator makes, so tests can score segmentation against a
 * known truth.
 */
public enum AccountKind {
    /** Buys at a regular rhythm, at a stable level, up to the present. */
    STEADY,
    /** Bought regularly, then stopped 300 to 700 days ago. */
    STOPPED,
    /** Still buys, but spent under 40 % in the last year of what it spent the year before. */
    SHRINKING,
    /** Buys regularly and spent 1.6 to 3 times more in the last year than the year before. */
    EXPANDING,
    /** An Enterprise-size company that buys regularly but spends a sliver of what its peers do. */
    UNDERPENETRATED,
    /** First won a deal within the last 85 days. */
    NEW,
    /** Never won a deal. */
    PROSPECT,
    /** A steady buyer that spends far more than anyone else. */
    OUTLIER
}
