package dev.tiersync.emulator.data;

import java.util.SplittableRandom;

/** The kinds of account history the generator makes. */
enum AccountKind {
    /** Buys regularly over the whole history. */
    STEADY(0.45),
    /** Bought regularly, then stopped more than a year ago. */
    STOPPED(0.15),
    /** Buys more and more. */
    EXPANDING(0.12),
    /** First bought within the last 90 days. */
    NEW(0.08),
    /** Never won a deal. */
    PROSPECT(0.17),
    /** Spends far more than anyone else. */
    OUTLIER(0.03);

    private final double share;

    AccountKind(double share) {
        this.share = share;
    }

    static AccountKind pick(double uniform) {
        double cumulative = 0;
        for (AccountKind kind : values()) {
            cumulative += kind.share;
            if (uniform < cumulative) {
                return kind;
            }
        }
        return STEADY;
    }

    int wins(SplittableRandom random) {
        return switch (this) {
            case PROSPECT -> 0;
            case NEW -> 1 + random.nextInt(2);
            default -> 3 + random.nextInt(12);
        };
    }

    int winDaysAgo(SplittableRandom random, int historyDays) {
        return switch (this) {
            case STOPPED -> 400 + random.nextInt(historyDays - 400);
            case NEW -> 1 + random.nextInt(85);
            default -> 1 + random.nextInt(historyDays);
        };
    }

    /** Expanding accounts' deals grow toward the present. */
    double amountFactor(int daysAgo) {
        return this == EXPANDING ? 0.3 + 2.0 * (1 - daysAgo / (double) (3 * 365)) : 1.0;
    }
}
