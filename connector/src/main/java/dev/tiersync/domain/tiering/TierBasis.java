package dev.tiersync.domain.tiering;

/** Why an account got its tier. */
public enum TierBasis {
    /** It never won a deal. */
    PROSPECT,
    /** Its first win is recent. */
    NEW,
    /** Its value dwarfs the next customer's. */
    OUTLIER,
    /** Ranked among established customers by the tier method. */
    RANKED
}
