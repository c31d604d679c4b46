package dev.tiersync.domain.metrics;

import dev.tiersync.domain.Opportunity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;

/** Computes {@link AccountMetrics} from an account's opportunities in one pass. */
public final class MetricsCalculator {

    private MetricsCalculator() {
    }

    public static AccountMetrics of(Collection<Opportunity> opportunities, LocalDate asOf) {
        LocalDate trailingFrom = asOf.minusMonths(12);
        LocalDate priorFrom = asOf.minusMonths(24);
        double lifetime = 0;
        double trailing = 0;
        double prior = 0;
        double pipeline = 0;
        int closed = 0;
        int lostRecently = 0;
        LocalDate lastActivity = null;
        long[] winDays = new long[opportunities.size()];
        int wins = 0;
        for (Opportunity o : opportunities) {
            LocalDate close = o.closeDate();
            boolean closedBefore = o.closed() && close != null && close.isBefore(asOf);
            lastActivity = latest(lastActivity, activityDay(o, asOf));
            if (!o.closed() || (close != null && !close.isBefore(asOf))) {
                if (createdBefore(o, asOf)) {
                    pipeline += o.amountOrZero().doubleValue();
                }
                continue;
            }
            if (!closedBefore) {
                continue;
            }
            closed++;
            double amount = o.amountOrZero().doubleValue();
            if (o.won()) {
                winDays[wins++] = close.toEpochDay();
                lifetime += amount;
                if (!close.isBefore(trailingFrom)) {
                    trailing += amount;
                } else if (!close.isBefore(priorFrom)) {
                    prior += amount;
                }
            } else if (!close.isBefore(trailingFrom)) {
                lostRecently++;
            }
        }
        long[] sorted = Arrays.copyOf(winDays, wins);
        Arrays.sort(sorted);
        return new AccountMetrics(asOf, lifetime, trailing, prior, wins,
                wins == 0 ? null : LocalDate.ofEpochDay(sorted[0]),
                wins == 0 ? null : LocalDate.ofEpochDay(sorted[wins - 1]),
                Intervals.median(sorted), Intervals.variation(sorted),
                pipeline, closed, lostRecently, lastActivity);
    }

    private static boolean createdBefore(Opportunity o, LocalDate asOf) {
        return o.createdDate() == null || o.createdDate().atZone(ZoneOffset.UTC).toLocalDate().isBefore(asOf);
    }

    /** The latest day before the as-of date on which the opportunity was created or closed. */
    private static LocalDate activityDay(Opportunity o, LocalDate asOf) {
        LocalDate created = o.createdDate() == null ? null : o.createdDate().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate closed = o.closed() ? o.closeDate() : null;
        LocalDate latest = null;
        for (LocalDate day : new LocalDate[] {created, closed}) {
            if (day != null && day.isBefore(asOf)) {
                latest = latest(latest, day);
            }
        }
        return latest;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
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
            double mean = Arrays.stream(gaps).average().orElse(0);
            if (mean == 0) {
                return 0;
            }
            double variance = Arrays.stream(gaps).map(g -> (g - mean) * (g - mean)).sum() / gaps.length;
            return Math.sqrt(variance) / mean;
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
