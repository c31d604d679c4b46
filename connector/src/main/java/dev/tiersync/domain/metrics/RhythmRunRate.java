package dev.tiersync.domain.metrics;

/**
 * Run rates over an account's own buying rhythm. With the usual interval I between wins, a period
 * is the k = 365 / I orders of about a year; the recent rate is the last k orders' revenue over the
 * time they took (from the order before them to the last one, or to the as-of date less half an
 * interval when the next order is overdue by more than that), the prior rate the k orders before over theirs. No window edge lies near an
 * order, so an order a few days early or late does not move the figure, while fewer or smaller
 * orders, or a late one, do.
 *
 * <p>Wins closer together than a {@value #SAME_ORDER_SHARE} of the usual interval count as one order (an
 * order split into several deals). Used only for a buyer with a rhythm: enough wins for two periods, intervals regular enough
 * (coefficient of variation at most {@value #MAX_VARIATION}), and not silent for more than
 * {@value #MAX_SILENT_INTERVALS} intervals (then the silence itself is the news, and the calendar
 * years tell it).
 */
final class RhythmRunRate {

    static final double MAX_VARIATION = 0.6;
    static final double SAME_ORDER_SHARE = 0.25;
    static final double MAX_SILENT_INTERVALS = 2;
    private static final double YEAR = 365;

    private RhythmRunRate() {
    }

    /**
     * The trend over the account's rhythm, or the calendar years' when it has none.
     *
     * @param days win days, ascending
     * @param amounts the wins' revenue, in the order of {@code days}
     * @param medianInterval the usual days between wins
     */
    static SpendTrend of(long[] days, double[] amounts, double medianInterval, long today, double trailingWon,
                         double priorWon) {
        SpendTrend calendar = SpendTrend.calendar(trailingWon, priorWon);
        if (days.length < 3 || !(medianInterval >= 1)) {
            return calendar;
        }
        long[] orderDays = new long[days.length];
        double[] orderAmounts = new double[days.length];
        int n = 0;
        for (int i = 0; i < days.length; i++) {
            if (n > 0 && days[i] - orderDays[n - 1] < SAME_ORDER_SHARE * medianInterval) {
                orderAmounts[n - 1] += amounts[i];
            } else {
                orderDays[n] = days[i];
                orderAmounts[n++] = amounts[i];
            }
        }
        long[] ordered = java.util.Arrays.copyOf(orderDays, n);
        double interval = MetricsCalculator.Intervals.median(ordered);
        if (n < 3 || !(interval >= 1) || !(MetricsCalculator.Intervals.variation(ordered) <= MAX_VARIATION)
                || today - ordered[n - 1] > MAX_SILENT_INTERVALS * interval) {
            return calendar;
        }
        int k = (int) Math.max(1, Math.round(YEAR / interval));
        if (n < 2 * k + 1) {
            return calendar;
        }
        double recent = sum(orderAmounts, n - k, n);
        double prior = sum(orderAmounts, n - 2 * k, n - k);
        double recentSpan = Math.max(ordered[n - 1] - ordered[n - k - 1], today - ordered[n - k] - interval / 2);
        double priorSpan = ordered[n - k - 1] - ordered[n - 2 * k - 1];
        if (recentSpan <= 0 || priorSpan <= 0) {
            return calendar;
        }
        return new SpendTrend(recent * YEAR / recentSpan, prior * YEAR / priorSpan, k);
    }

    private static double sum(double[] amounts, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += amounts[i];
        }
        return sum;
    }
}
