package dev.tiersync.domain.tiering;

/** How established customers are split into A to D. */
public enum TierMethodName {
    /** By cumulative share of value (80/20). */
    PARETO,
    /** By quartile of value. */
    QUARTILE,
    /** By a weighted score over several dimensions. */
    WEIGHTED
}
