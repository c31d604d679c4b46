package dev.tiersync.domain.lift;

import dev.tiersync.domain.Tier;

/**
 * How one tier did after it was assigned.
 *
 * @param accountShare the tier's share of all accounts
 * @param revenueShare the tier's share of all won revenue in the horizon
 * @param lift revenue share over account share: above 1, the tier bought more than its size suggests; NaN for an empty tier
 */
public record TierLift(Tier tier, int accounts, double wonRevenue, double accountShare, double revenueShare, double lift) {
}
