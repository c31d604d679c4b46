package dev.tiersync.domain.metrics;

import dev.tiersync.domain.Opportunity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * Computes {@link AccountMetrics} from an account's opportunities in one pass. Dates are compared
 * as day numbers, so the pass allocates nothing per opportunity.
 */
public final class MetricsCalculator {

    private MetricsCalculator() {
    }

    public static AccountMetrics of(Collection<Opportunity> opportunities, LocalDate asOf) {
        long today = asOf.toEpochDay();
        long trailingFrom = asOf.minusMonths(12).toEpochDay();
        long priorFrom = asOf.minusMonths(24).toEpochDay();
        double lifetime = 0;
        double trailing = 0;
        double prior = 0;
        double pipeline = 0;
        int closed = 0;
        int lostRecently = 0;
        long lastActivity = Long.MIN_VALUE;
        long[] winDays = new long[opportunities.size()];
        double[] winAmounts = new double[opportunities.size()];
        int wins = 0;
        for (Opportunity o : opportunities) {
            long close = o.closeEpochDay();
            long created = o.createdEpochDay();
            if (created < today) {
                lastActivity = Math.max(lastActivity, created);
            }
            boolean closedBefore = o.closed() && close != Long.MIN_VALUE && close < today;
            if (!closedBefore) {
                if (!o.closed() || close >= today) {
                    if (created < today) {
                        pipeline += o.amount();
                    }
                }
                continue;
            }
            lastActivity = Math.max(lastActivity, close);
            closed++;
            if (o.won()) {
                winDays[wins] = close;
                winAmounts[wins++] = o.amount();
                lifetime += o.amount();
                if (close >= trailingFrom) {
                    trailing += o.amount();
                } else if (close >= priorFrom) {
                    prior += o.amount();
                }
            } else if (close >= trailingFrom) {
                lostRecently++;
            }
        }
        long[] sorted = new long[wins];
        double[] amounts = new double[wins];
        sortByDay(winDays, winAmounts, wins, sorted, amounts);
        double medianInterval = Intervals.median(sorted);
        double variation = Intervals.variation(sorted);
        return new AccountMetrics(asOf, lifetime, trailing, prior, wins,
                wins == 0 ? null : LocalDate.ofEpochDay(sorted[0]),
                wins == 0 ? null : LocalDate.ofEpochDay(sorted[wins - 1]),
                medianInterval, variation,
                pipeline, closed, lostRecently, lastActivity == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(lastActivity),
                RhythmRunRate.of(sorted, amounts, medianInterval, today, trailing, prior));
    }

    /** The first {@code count} wins in day order (ties keep their input order), their amounts alongside; no boxing. */
    private static void sortByDay(long[] days, double[] amounts, int count, long[] sortedDays, double[] sortedAmounts) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = (days[i] << 24) | i;
        }
        Arrays.sort(keys);
        for (int i = 0; i < count; i++) {
            int at = (int) (keys[i] & 0xFFFFFF);
            sortedDays[i] = days[at];
            sortedAmounts[i] = amounts[at];
        }
    }

    /** Statistics of the gaps between consecutive win days. */
    static final class Intervals {

        private Intervals() {
        }

        static double median(long[] sortedDays) {
            double[] gaps = gaps(sortedDays);
            if (gaps.length == 0) {
                return Double.NaN;
            }
            Arrays.sort(gaps);
            int mid = gaps.length / 2;
            return gaps.length % 2 == 1 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
        }

        static double variation(long[] sortedDays) {
            double[] gaps = gaps(sortedDays);
            if (gaps.length < 2) {
                return Double.NaN;
            }
            double sum = 0;
            for (double gap : gaps) {
                sum += gap;
            }
            double mean = sum / gaps.length;
            if (mean == 0) {
                return 0;
            }
            double squares = 0;
            for (double gap : gaps) {
                squares += (gap - mean) * (gap - mean);
            }
            return Math.sqrt(squares / gaps.length) / mean;
        }

        private static double[] gaps(long[] sortedDays) {
            if (sortedDays.length < 2) {
                return new double[0];
            }
            double[] gaps = new double[sortedDays.length - 1];
            for (int i = 1; i < sortedDays.length; i++) {
                gaps[i - 1] = sortedDays[i] - sortedDays[i - 1];
            }
            return gaps;
        }
    }
}
