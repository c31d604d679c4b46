package dev.tiersync.domain.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What an account's opportunities say about it as of a date. Money is in the org's currency;
 * only deals closed before the as-of date count as won or lost.
 *
 * @param lifetimeWon won revenue of every deal closed before the as-of date
 * @param trailingWon won revenue of the 12 months before the as-of date
 * @param priorWon won revenue of the 12 months before those
 * @param wonDeals deals won before the as-of date
 * @param firstWin the first win's close date, or null
 * @param lastWin the latest win's close date, or null
 * @param medianWinIntervalDays the usual number of days between consecutive wins; NaN with fewer than two wins
 * @param winIntervalVariation how irregular the intervals are (coefficient of variation); NaN with fewer than three wins
 * @param openPipeline amount of open deals
 * @param closedDeals deals closed (won or lost) before the as-of date
 * @param lostLast12Months deals lost in the 12 months before the as-of date
 * @param lastActivity the latest day any opportunity was created or closed before the as-of date, or null
 * @param spendTrend the recent run rate of spend against the one before, over the account's own buying rhythm when it has one
 */
public record AccountMetrics(
        LocalDate asOf,
        double lifetimeWon,
        double trailingWon,
        double priorWon,
        int wonDeals,
        LocalDate firstWin,
        LocalDate lastWin,
        double medianWinIntervalDays,
        double winIntervalVariation,
        double openPipeline,
        int closedDeals,
        int lostLast12Months,
        LocalDate lastActivity,
        SpendTrend spendTrend) {

    public AccountMetrics {
        spendTrend = spendTrend == null ? SpendTrend.calendar(trailingWon, priorWon) : spendTrend;
    }

    public boolean isCustomer() {
        return wonDeals > 0;
    }

    /** A customer whose latest win is more than 12 months before the as-of date: nothing won in the trailing year. */
    public boolean lapsed() {
        return lastWin != null && lastWin.isBefore(asOf.minusMonths(12));
    }

    /** Trailing against prior won revenue, as a fraction (0.25 is 25 % up); empty when nothing was won before. */
    public OptionalDouble growth() {
        return priorWon > 0 ? OptionalDouble.of(trailingWon / priorWon - 1) : OptionalDouble.empty();
    }

    public OptionalLong daysSinceLastWin() {
        return daysSince(lastWin);
    }

    public OptionalLong tenureDays() {
        return daysSince(firstWin);
    }

    public OptionalLong daysSinceActivity() {
        return daysSince(lastActivity);
    }

    /** Won deals per year since the first win (at least one year is assumed, so new customers are not inflated). */
    public double winsPerYear() {
        long tenure = tenureDays().orElse(0);
        return wonDeals / Math.max(1.0, tenure / 365.0);
    }

    /** Won share of closed deals; NaN when none closed. */
    public double winRate() {
        return closedDeals == 0 ? Double.NaN : (double) wonDeals / closedDeals;
    }

    private OptionalLong daysSince(LocalDate day) {
        return day == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(day, asOf));
    }
}
