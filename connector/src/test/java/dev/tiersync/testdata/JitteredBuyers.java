package dev.tiersync.testdata;

import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.profile.AccountProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Customers who buy on a rhythm the way real ones do, written without regard to any rule: an order
 * about every {@code intervalDays}, each a week or two early or late (normal, sd 12 days, at most a
 * month), deal sizes that wander 15 % around a level that changes by {@code yearlyFactor} a year
 * (2 doubles every year, 0.3 falls to 30 %), now and then an order split into two deals a few days
 * apart, three years of history, the last order {@code lastOrderFrom} to {@code lastOrderTo} days
 * before {@link Profiles#AS_OF}. Deterministic from the seed.
 */
public final class JitteredBuyers {

    private final SplittableRandom random;
    private int intervalDays = 91;
    private double yearlyFactor = 1;
    private int lastOrderFrom = 90;
    private int lastOrderTo = 120;

    private JitteredBuyers(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static JitteredBuyers seeded(long seed) {
        return new JitteredBuyers(seed);
    }

    public JitteredBuyers everyDays(int days) {
        this.intervalDays = days;
        return this;
    }

    public JitteredBuyers changingYearlyBy(double factor) {
        this.yearlyFactor = factor;
        return this;
    }

    public JitteredBuyers lastOrderDaysAgo(int from, int to) {
        this.lastOrderFrom = from;
        this.lastOrderTo = to;
        return this;
    }

    /** The next buyer. */
    public AccountProfile next(String id) {
        return Profiles.profile(id, deals(id).toArray(Opportunity[]::new));
    }

    /** The next buyer's won deals. */
    public List<Opportunity> deals(String id) {
        LocalDate asOf = Profiles.AS_OF;
        int lastAgo = lastOrderFrom + random.nextInt(lastOrderTo - lastOrderFrom + 1);
        double level = 1_000 + random.nextInt(50_000);
        List<Opportunity> deals = new ArrayList<>();
        for (int ago = lastAgo; ago < 3 * 365; ago += intervalDays) {
            int jitter = ago == lastAgo ? 0 : (int) Math.round(Math.max(-30, Math.min(30, 12 * gaussian())));
            LocalDate day = asOf.minusDays(ago + jitter);
            double amount = level * Math.pow(yearlyFactor, -ago / 365.0) * Math.exp(0.15 * gaussian());
            if (random.nextInt(10) == 0) {
                deals.add(deal(id, amount / 2, day));
                deals.add(deal(id, amount / 2, day.plusDays(1 + random.nextInt(6)).isBefore(asOf) ? day.plusDays(3) : day));
            } else {
                deals.add(deal(id, amount, day));
            }
        }
        return deals;
    }

    private static Opportunity deal(String id, double amount, LocalDate day) {
        return Profiles.won(id, String.valueOf(Math.round(amount)), day.toString());
    }

    private double gaussian() {
        double u1 = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
