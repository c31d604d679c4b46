package dev.tiersync.plugin.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run did, as a {@link RunListener} receives it: a summary of the run's report. Immutable; build
 * one with {@link #builder(String, RunStatus, LocalDate)}.
 */
public final class RunSummary {

    private final String org;
    private final RunStatus status;
    private final LocalDate asOf;
    private final boolean dryRun;
    private final Instant startedAt;
    private final Duration duration;
    private final int accountsAssessed;
    private final int accountsChanged;
    private final int accountsWritten;
    private final int accountsRejected;
    private final int upsellCandidates;
    private final Map<String, Integer> tierCounts;
    private final Map<String, Integer> segmentCounts;
    private final String error;

    private RunSummary(Builder b) {
        this.org = b.org;
        this.status = b.status;
        this.asOf = b.asOf;
        this.dryRun = b.dryRun;
        this.startedAt = b.startedAt;
        this.duration = b.duration;
        this.accountsAssessed = b.accountsAssessed;
        this.accountsChanged = b.accountsChanged;
        this.accountsWritten = b.accountsWritten;
        this.accountsRejected = b.accountsRejected;
        this.upsellCandidates = b.upsellCandidates;
        this.tierCounts = Collections.unmodifiableMap(new LinkedHashMap<>(b.tierCounts));
        this.segmentCounts = Collections.unmodifiableMap(new LinkedHashMap<>(b.segmentCounts));
        this.error = b.error;
    }

    /**
     * A builder of a summary.
     *
     * @param org the org's name in TierSync's configuration
     * @param status how the run ended
     * @param asOf the date accounts were assessed as of
     * @return the builder
     */
    public static Builder builder(String org, RunStatus status, LocalDate asOf) {
        return new Builder(org, status, asOf);
    }

    /** @return the org's name in TierSync's configuration */
    public String org() {
        return org;
    }

    /** @return how the run ended */
    public RunStatus status() {
        return status;
    }

    /** @return the date accounts were assessed as of */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return true when the run only planned its changes and wrote nothing */
    public boolean dryRun() {
        return dryRun;
    }

    /** @return when the run started */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** @return how long the run took */
    public Duration duration() {
        return duration;
    }

    /** @return the accounts assessed */
    public int accountsAssessed() {
        return accountsAssessed;
    }

    /** @return the accounts whose TierSync values differ from what the org held */
    public int accountsChanged() {
        return accountsChanged;
    }

    /** @return the accounts Salesforce accepted new values for (0 in a dry run) */
    public int accountsWritten() {
        return accountsWritten;
    }

    /** @return the accounts Salesforce rejected */
    public int accountsRejected() {
        return accountsRejected;
    }

    /** @return the accounts flagged as upsell candidates */
    public int upsellCandidates() {
        return upsellCandidates;
    }

    /** @return accounts per tier after the run, keyed by the tier's value, such as {@code A} or {@code Prospect} */
    public Map<String, Integer> tierCounts() {
        return tierCounts;
    }

    /** @return accounts per segment after the run, keyed by the segment's name */
    public Map<String, Integer> segmentCounts() {
        return segmentCounts;
    }

    /** @return what stopped the run; empty when it finished */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunSummary s && s.org.equals(org) && s.status == status && s.asOf.equals(asOf)
                && s.dryRun == dryRun && Objects.equals(s.startedAt, startedAt) && s.duration.equals(duration)
                && s.accountsAssessed == accountsAssessed && s.accountsChanged == accountsChanged
                && s.accountsWritten == accountsWritten && s.accountsRejected == accountsRejected
                && s.upsellCandidates == upsellCandidates && s.tierCounts.equals(tierCounts)
                && s.segmentCounts.equals(segmentCounts) && Objects.equals(s.error, error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(org, status, asOf, dryRun, startedAt, duration, accountsAssessed, accountsChanged, accountsWritten,
                accountsRejected, upsellCandidates, tierCounts, segmentCounts, error);
    }

    @Override
    public String toString() {
        return "RunSummary[" + org + ", " + status + ", as of " + asOf + ", " + accountsAssessed + " assessed, "
                + accountsWritten + " written]";
    }

    /** Builds a {@link RunSummary}. Not thread-safe. */
    public static final class Builder {

        private final String org;
        private final RunStatus status;
        private final LocalDate asOf;
        private boolean dryRun;
        private Instant startedAt;
        private Duration duration = Duration.ZERO;
        private int accountsAssessed;
        private int accountsChanged;
        private int accountsWritten;
        private int accountsRejected;
        private int upsellCandidates;
        private Map<String, Integer> tierCounts = Map.of();
        private Map<String, Integer> segmentCounts = Map.of();
        private String error;

        private Builder(String org, RunStatus status, LocalDate asOf) {
            this.org = Objects.requireNonNull(org, "org");
            this.status = Objects.requireNonNull(status, "status");
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        /**
         * @param dryRun true when the run wrote nothing
         * @return this builder
         */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /**
         * @param startedAt when the run started, or null
         * @return this builder
         */
        public Builder startedAt(Instant startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        /**
         * @param duration how long the run took
         * @return this builder
         */
        public Builder duration(Duration duration) {
            this.duration = Objects.requireNonNull(duration, "duration");
            return this;
        }

        /**
         * @param accountsAssessed the accounts assessed
         * @return this builder
         */
        public Builder accountsAssessed(int accountsAssessed) {
            this.accountsAssessed = accountsAssessed;
            return this;
        }

        /**
         * @param accountsChanged the accounts whose values changed
         * @return this builder
         */
        public Builder accountsChanged(int accountsChanged) {
            this.accountsChanged = accountsChanged;
            return this;
        }

        /**
         * @param accountsWritten the accounts Salesforce accepted
         * @return this builder
         */
        public Builder accountsWritten(int accountsWritten) {
            this.accountsWritten = accountsWritten;
            return this;
        }

        /**
         * @param accountsRejected the accounts Salesforce rejected
         * @return this builder
         */
        public Builder accountsRejected(int accountsRejected) {
            this.accountsRejected = accountsRejected;
            return this;
        }

        /**
         * @param upsellCandidates the accounts flagged as upsell candidates
         * @return this builder
         */
        public Builder upsellCandidates(int upsellCandidates) {
            this.upsellCandidates = upsellCandidates;
            return this;
        }

        /**
         * @param tierCounts accounts per tier value, in the order to show them
         * @return this builder
         */
        public Builder tierCounts(Map<String, Integer> tierCounts) {
            this.tierCounts = Objects.requireNonNull(tierCounts, "tierCounts");
            return this;
        }

        /**
         * @param segmentCounts accounts per segment name, in the order to show them
         * @return this builder
         */
        public Builder segmentCounts(Map<String, Integer> segmentCounts) {
            this.segmentCounts = Objects.requireNonNull(segmentCounts, "segmentCounts");
            return this;
        }

        /**
         * @param error what stopped the run, or null when it finished
         * @return this builder
         */
        public Builder error(String error) {
            this.error = error;
            return this;
        }

        /** @return the summary */
        public RunSummary build() {
            return new RunSummary(this);
        }
    }
}
