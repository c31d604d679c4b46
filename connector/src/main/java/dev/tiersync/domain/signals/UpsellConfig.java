package dev.tiersync.domain.signals;

/**
 * When a customer is an upsell candidate.
 *
 * @param growthThreshold growing: won revenue up at least this share on the year before (0.25 is 25 %)...
 * @param recentWinDays ...with a win in this many days
 * @param belowNormShare below norm: the last 12 months' spend under this share of the median of its size band...
 * @param activeDays ...while it won within this many days
 * @param blockedFromChurnRisk no upsell flag for a customer at this churn risk or above (at most High)
 */
public record UpsellConfig(double growthThreshold, int recentWinDays, double belowNormShare, int activeDays,
                           ChurnRisk blockedFromChurnRisk) {

    public UpsellConfig {
        if (!(growthThreshold > 0)) {
            throw new IllegalArgumentException("upsell.growth-threshold must be above 0, was " + growthThreshold);
        }
        if (recentWinDays < 1 || activeDays < 1) {
            throw new IllegalArgumentException("upsell.recent-win-days and upsell.active-days must be 1 or more");
        }
        if (!(belowNormShare > 0 && belowNormShare < 1)) {
            throw new IllegalArgumentException("upsell.below-norm-share must be between 0 and 1, was " + belowNormShare);
        }
        if (blockedFromChurnRisk == null || blockedFromChurnRisk == ChurnRisk.NONE) {
            throw new IllegalArgumentException("upsell.blocked-from-churn-risk must be Low, Medium or High (a customer at "
                    + "High churn risk is never an upsell candidate), was " + blockedFromChurnRisk);
        }
    }

    public static UpsellConfig defaults() {
        return new UpsellConfig(0.4, 180, 0.25, 365, ChurnRisk.MEDIUM);
    }
}
