package dev.tiersync.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tiers customers A to D by quartile of the won revenue of the trailing period (12 months by
 * default); accounts that never won a deal are {@link Tier#PROSPECT}.
 *
 * <p>Quartiles are taken over the accounts that won at least once before the as-of date, ranked by
 * trailing won revenue, highest first. Equal revenue always gets the same tier: accounts that tie
 * share the middle of the ranks they span, so a large group of lapsed customers with no revenue in
 * the period lands at the bottom rather than being lifted by the first rank of the tie, and the
 * result does not depend on input order.
 */
public final class TrailingRevenueQuartiles implements TieringRule {

    private final Period trailingPeriod;

    public TrailingRevenueQuartiles() {
        this(Period.ofMonths(12));
    }

    public TrailingRevenueQuartiles(Period trailingPeriod) {
        Objects.requireNonNull(trailingPeriod, "trailingPeriod");
        if (trailingPeriod.isNegative() || trailingPeriod.isZero()) {
            throw new IllegalArgumentException("trailing period must be positive, was " + trailingPeriod);
        }
        this.trailingPeriod = trailingPeriod;
    }

    @Override
    public List<Assessment> assess(Collection<AccountHistory> accounts, LocalDate asOf) {
        LocalDate from = asOf.minus(trailingPeriod);
        Map<String, BigDecimal> trailing = new HashMap<>();
        List<BigDecimal> customerRevenue = new ArrayList<>();
        for (AccountHistory history : accounts) {
            BigDecimal revenue = history.wonRevenueBetween(from, asOf);
            trailing.put(history.accountId(), revenue);
            if (history.hasWonBefore(asOf)) {
                customerRevenue.add(revenue);
            }
        }
        QuartileCutoffs cutoffs = QuartileCutoffs.of(customerRevenue);
        List<Assessment> result = new ArrayList<>(accounts.size());
        for (AccountHistory history : accounts) {
            BigDecimal revenue = trailing.get(history.accountId());
            Tier tier = history.hasWonBefore(asOf) ? cutoffs.tierOf(revenue) : Tier.PROSPECT;
            result.add(new Assessment(history.accountId(), tier, revenue));
        }
        return result;
    }

    /** Maps a revenue to its quartile by competition rank among all customers' revenues. */
    private record QuartileCutoffs(List<BigDecimal> descending) {

        static QuartileCutoffs of(List<BigDecimal> revenues) {
            List<BigDecimal> sorted = new ArrayList<>(revenues);
            sorted.sort(Comparator.reverseOrder());
            return new QuartileCutoffs(sorted);
        }

        Tier tierOf(BigDecimal revenue) {
            int first = boundary(revenue, false);
            int last = boundary(revenue, true) - 1;
            long doubledMidRank = (long) first + last;
            return Tier.quartile((int) (4L * doubledMidRank / (2L * descending.size())));
        }

        /** The index of the first value lower than (or, with {@code after}, not above) the revenue. */
        private int boundary(BigDecimal revenue, boolean after) {
            int low = 0;
            int high = descending.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                int c = descending.get(mid).compareTo(revenue);
                if (c > 0 || (after && c == 0)) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
