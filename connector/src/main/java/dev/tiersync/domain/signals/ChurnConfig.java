package dev.tiersync.domain.signals;

/**
 * When the churn signals fire.
 *
 * @param stoppedMinDays a repeat buyer has stopped after at least this many days without a win...
 * @param stoppedIntervalFactor ...and more than this many times its usual interval between wins
 * @param shrinkRatio spend is shrinking when the last 12 months are under this share of the 12 before
 * @param losingMinLost losing: at least this many deals lost in the last 12 months and none won
 * @param disengagedDays disengaged: no opportunity created or closed for this many days
 */
public record ChurnConfig(int stoppedMinDays, double stoppedIntervalFactor, double shrinkRatio, int losingMinLost,
                          int disengagedDays) {

    public ChurnConfig {
        if (stoppedMinDays < 1) {
            throw new IllegalArgumentException("churn.stopped-min-days must be 1 or more, was " + stoppedMinDays);
        }
        if (!(stoppedIntervalFactor >= 1)) {
            throw new IllegalArgumentException("churn.stopped-interval-factor must be 1 or more, was " + stoppedIntervalFactor);
        }
        if (!(shrinkRatio > 0 && shrinkRatio < 1)) {
            throw new IllegalArgumentException("churn.shrink-ratio must be between 0 and 1, was " + shrinkRatio);
        }
        if (losingMinLost < 1) {
            throw new IllegalArgumentException("churn.losing-min-lost must be 1 or more, was " + losingMinLost);
        }
        if (disengagedDays <= stoppedMinDays) {
            throw new IllegalArgumentException("churn.disengaged-days (" + disengagedDays
                    + ") must be above churn.stopped-min-days (" + stoppedMinDays + ")");
        }
    }

    public static ChurnConfig defaults() {
        return new ChurnConfig(180, 2, 0.5, 2, 365);
    }
}
