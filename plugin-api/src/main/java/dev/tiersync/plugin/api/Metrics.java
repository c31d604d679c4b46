package dev.tiersync.plugin.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What an account's opportunities say about it as of the run's date. Money is in the org's currency; only
 * deals closed before the as-of date count as won or lost. Immutable; build one with {@link #builder(LocalDate)}.
 */
public final class Metrics {

    private final LocalDate asOf;
    private final double lifetimeWon;
    private final double trailingWon;
    private final double priorWon;
    private final int wonDeals;
    private final int closedDeals;
    private final int lostLast12Months;
    private final double openPipeline;
    private final double medianWinIntervalDays;
    private final LocalDate firstWin;
    private final LocalDate lastWin;
    private final LocalDate lastActivity;

    private Metrics(Builder b) {
        this.asOf = b.asOf;
        this.lifetimeWon = b.lifetimeWon;
        this.trailingWon = b.trailingWon;
        this.priorWon = b.priorWon;
        this.wonDeals = b.wonDeals;
        this.closedDeals = b.closedDeals;
        this.lostLast12Months = b.lostLast12Months;
        this.openPipeline = b.openPipeline;
        this.medianWinIntervalDays = b.medianWinIntervalDays;
        this.firstWin = b.firstWin;
        this.lastWin = b.lastWin;
        this.lastActivity = b.lastActivity;
    }

    /**
     * A builder of an account with no deal.
     *
     * @param asOf the date the metrics are as of
     * @return the builder
     */
    public static Builder builder(LocalDate asOf) {
        return new Builder(Objects.requireNonNull(asOf, "asOf"));
    }

    /** @return the date the metrics are as of: the run's assessment date */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return true when the account has won a deal: it is a customer, not a prospect */
    public boolean isCustomer() {
        return wonDeals > 0;
    }

    /** @return won revenue of every deal closed before the as-of date */
    public double lifetimeWon() {
        return lifetimeWon;
    }

    /** @return won revenue of the 12 months before the as-of date */
    public double trailingWon() {
        return trailingWon;
    }

    /** @return won revenue of the 12 months before those */
    public double priorWon() {
        return priorWon;
    }

    /** @return the last 12 months' won revenue against the 12 before, as a fraction (0.25 is 25 % up); empty when nothing was won before */
    public OptionalDouble growth() {
        return priorWon > 0 ? OptionalDouble.of(trailingWon / priorWon - 1) : OptionalDouble.empty();
    }

    /** @return deals won before the as-of date */
    public int wonDeals() {
        return wonDeals;
    }

    /** @return deals closed, won or lost, before the as-of date */
    public int closedDeals() {
        return closedDeals;
    }

    /** @return won share of closed deals; empty when none closed */
    public OptionalDouble winRate() {
        return closedDeals == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) wonDeals / closedDeals);
    }

    /** @return deals lost in the 12 months before the as-of date */
    public int lostLast12Months() {
        return lostLast12Months;
    }

    /** @return the amount of open deals */
    public double openPipeline() {
        return openPipeline;
    }

    /** @return the usual number of days between consecutive wins; empty with fewer than two wins */
    public OptionalDouble medianWinIntervalDays() {
        return Double.isNaN(medianWinIntervalDays) ? OptionalDouble.empty() : OptionalDouble.of(medianWinIntervalDays);
    }

    /** @return the first win's close date */
    public Optional<LocalDate> firstWin() {
        return Optional.ofNullable(firstWin);
    }

    /** @return the latest win's close date */
    public Optional<LocalDate> lastWin() {
        return Optional.ofNullable(lastWin);
    }

    /** @return the latest day any opportunity was created or closed before the as-of date */
    public Optional<LocalDate> lastActivity() {
        return Optional.ofNullable(lastActivity);
    }

    /** @return days from the latest win to the as-of date; empty without a win */
    public OptionalLong daysSinceLastWin() {
        return daysSince(lastWin);
    }

    /** @return days from the first win to the as-of date; empty without a win */
    public OptionalLong tenureDays() {
        return daysSince(firstWin);
    }

    /** @return days from the latest opportunity activity to the as-of date; empty without any */
    public OptionalLong daysSinceActivity() {
        return daysSince(lastActivity);
    }

    private OptionalLong daysSince(LocalDate day) {
        return day == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(day, asOf));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Metrics m && m.asOf.equals(asOf) && Double.compare(m.lifetimeWon, lifetimeWon) == 0
                && Double.compare(m.trailingWon, trailingWon) == 0 && Double.compare(m.priorWon, priorWon) == 0
                && m.wonDeals == wonDeals && m.closedDeals == closedDeals && m.lostLast12Months == lostLast12Months
                && Double.compare(m.openPipeline, openPipeline) == 0
                && Double.compare(m.medianWinIntervalDays, medianWinIntervalDays) == 0
                && Objects.equals(m.firstWin, firstWin) && Objects.equals(m.lastWin, lastWin)
                && Objects.equals(m.lastActivity, lastActivity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, lifetimeWon, trailingWon, priorWon, wonDeals, closedDeals, lostLast12Months, openPipeline,
                medianWinIntervalDays, firstWin, lastWin, lastActivity);
    }

    @Override
    public String toString() {
        return "Metrics[as of " + asOf + ", won " + wonDeals + " deals, " + trailingWon + " in 12 mo]";
    }

    /** Builds {@link Metrics}. Not thread-safe. */
    public static final class Builder {

        private final LocalDate asOf;
        private double lifetimeWon;
        private double trailingWon;
        private double priorWon;
        private int wonDeals;
        private int closedDeals;
        private int lostLast12Months;
        private double openPipeline;
        private double medianWinIntervalDays = Double.NaN;
        private LocalDate firstWin;
        private LocalDate lastWin;
        private LocalDate lastActivity;

        private Builder(LocalDate asOf) {
            this.asOf = asOf;
        }

        /**
         * @param lifetimeWon won revenue of every deal closed before the as-of date
         * @return this builder
         */
        public Builder lifetimeWon(double lifetimeWon) {
            this.lifetimeWon = lifetimeWon;
            return this;
        }

        /**
         * @param trailingWon won revenue of the 12 months before the as-of date
         * @return this builder
         */
        public Builder trailingWon(double trailingWon) {
            this.trailingWon = trailingWon;
            return this;
        }

        /**
         * @param priorWon won revenue of the 12 months before those
         * @return this builder
         */
        public Builder priorWon(double priorWon) {
            this.priorWon = priorWon;
            return this;
        }

        /**
         * @param wonDeals deals won before the as-of date
         * @return this builder
         */
        public Builder wonDeals(int wonDeals) {
            this.wonDeals = wonDeals;
            return this;
        }

        /**
         * @param closedDeals deals closed, won or lost, before the as-of date
         * @return this builder
         */
        public Builder closedDeals(int closedDeals) {
            this.closedDeals = closedDeals;
            return this;
        }

        /**
         * @param lostLast12Months deals lost in the 12 months before the as-of date
         * @return this builder
         */
        public Builder lostLast12Months(int lostLast12Months) {
            this.lostLast12Months = lostLast12Months;
            return this;
        }

        /**
         * @param openPipeline the amount of open deals
         * @return this builder
         */
        public Builder openPipeline(double openPipeline) {
            this.openPipeline = openPipeline;
            return this;
        }

        /**
         * @param medianWinIntervalDays the usual number of days between wins; NaN with fewer than two wins
         * @return this builder
         */
        public Builder medianWinIntervalDays(double medianWinIntervalDays) {
            this.medianWinIntervalDays = medianWinIntervalDays;
            return this;
        }

        /**
         * @param firstWin the first win's close date, or null
         * @return this builder
         */
        public Builder firstWin(LocalDate firstWin) {
            this.firstWin = firstWin;
            return this;
        }

        /**
         * @param lastWin the latest win's close date, or null
         * @return this builder
         */
        public Builder lastWin(LocalDate lastWin) {
            this.lastWin = lastWin;
            return this;
        }

        /**
         * @param lastActivity the latest day an opportunity was created or closed, or null
         * @return this builder
         */
        public Builder lastActivity(LocalDate lastActivity) {
            this.lastActivity = lastActivity;
            return this;
        }

        /** @return the metrics */
        public Metrics build() {
            return new Metrics(this);
        }
    }
}
