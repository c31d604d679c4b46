package dev.tiersync.domain.lift;

/**
 * What became of the customers flagged at churn risk Medium or High.
 *
 * @param boughtNothing how many of them won no deal in the horizon
 * @param unflaggedBoughtNothing how many customers without the flag won no deal in the horizon, for comparison
 */
public record ChurnOutcome(int flagged, int boughtNothing, int unflagged, int unflaggedBoughtNothing) {

    /** The share of flagged customers that then bought nothing; NaN when none were flagged. */
    public double flaggedStopRate() {
        return flagged == 0 ? Double.NaN : (double) boughtNothing / flagged;
    }

    public double unflaggedStopRate() {
        return unflagged == 0 ? Double.NaN : (double) unflaggedBoughtNothing / unflagged;
    }
}
