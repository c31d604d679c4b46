package dev.tiersync.domain.tiering;

/** Why an account got its tier. */
public enum TierBasis {
    /** It never won a deal. */
    PROSPECT,
    /** Its first win is recent. */
    NEW,
    /** An established customer that won nothing in the last 12 months: tier D, kept out of the cut-offs. */
    LAPSED,
    /** Its value dwarfs the next customer's. */
    OUTLIER,
    /** Ranked among established customers by the tier method. */
    RANKED
}
