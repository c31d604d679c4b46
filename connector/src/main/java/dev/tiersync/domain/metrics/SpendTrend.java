package dev.tiersync.domain.metrics;

import java.util.OptionalDouble;

/**
 * How an account's spend moves: a recent yearly run rate against the one before it, in money a year.
 * For a customer that buys on a rhythm of its own, the rates are measured over its own orders (the
 * last year's worth of orders against the year's worth before), so where the orders fall against
 * the calendar does not swing the figure; otherwise over the trailing 12 months and the 12 before.
 *
 * @param recentRate spend a year, recently
 * @param priorRate spend a year, before that
 * @param ordersPerPeriod over the account's rhythm: the orders in each period (about a year's worth); 0 for calendar years
 */
public record SpendTrend(double recentRate, double priorRate, int ordersPerPeriod) {

    /** A customer with nothing to compare. */
    public static final SpendTrend NONE = new SpendTrend(0, 0, 0);

    public static SpendTrend calendar(double trailingWon, double priorWon) {
        return new SpendTrend(trailingWon, priorWon, 0);
    }

    /** True when measured over the account's own rhythm of orders. */
    public boolean overRhythm() {
        return ordersPerPeriod > 0;
    }

    /** Recent against prior rate as a fraction (0.25 is 25 % up); empty when nothing was spent before. */
    public OptionalDouble change() {
        return priorRate > 0 ? OptionalDouble.of(recentRate / priorRate - 1) : OptionalDouble.empty();
    }

    /** What the rates compare, for a reason: "the year before" or "its last 4 orders on the 4 before". */
    public String comparison() {
        return overRhythm() ? "its last " + ordersPerPeriod + " orders on the " + ordersPerPeriod + " before" : "the year before";
    }
}
