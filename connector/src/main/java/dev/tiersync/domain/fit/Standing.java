package dev.tiersync.domain.fit;

/** Where an account stands as a buyer, as far as the fit is concerned. */
public enum Standing {
    /** Never won a deal: scored, never learnt from. */
    PROSPECT,
    /** A first win too recent to show its value (tier {@code New}): scored like a prospect, never learnt from. */
    NEW_CUSTOMER,
    /** An established customer with a quality score: learnt from, and scored. */
    CUSTOMER
}
