package dev.tiersync.sync;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fit.FitReport;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.salesforce.ApiUsage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one sync did, in parts: how the run went, what it read, what it pulled, what it found, what it
 * planned to change, what it wrote, the API calls it spent, the plugins it switched off and how long each
 * phase took. Built in one place, {@link RunProgress}.
 */
public record SyncReport(Run run, Assessed assessed, PullSummary pull, Findings findings, Changes changes, Writes writes,
                         ApiCalls api, Plugins plugins, Map<Phase, Duration> phases, Records records, Fit fit) {

    /** A report of a run that made no records of its own and did not get to learn a fit. */
    public SyncReport(Run run, Assessed assessed, PullSummary pull, Findings findings, Changes changes, Writes writes,
                      ApiCalls api, Plugins plugins, Map<Phase, Duration> phases) {
        this(run, assessed, pull, findings, changes, writes, api, plugins, phases, Records.NONE, Fit.NONE);
    }

    /** A report of a run that did not get to learn a fit. */
    public SyncReport(Run run, Assessed assessed, PullSummary pull, Findings findings, Changes changes, Writes writes,
                      ApiCalls api, Plugins plugins, Map<Phase, Duration> phases, Records records) {
        this(run, assessed, pull, findings, changes, writes, api, plugins, phases, records, Fit.NONE);
    }

    public SyncReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(assessed, "assessed");
        Objects.requireNonNull(pull, "pull");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(writes, "writes");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(plugins, "plugins");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(fit, "fit");
        EnumMap<Phase, Duration> ordered = new EnumMap<>(Phase.class);
        ordered.putAll(phases);
        phases = Collections.unmodifiableMap(ordered);
    }

    /** Shorthand for {@code run().status()}. */
    public SyncStatus status() {
        return run.status();
    }

    /**
     * How the run went.
     *
     * @param asOf the day accounts were assessed as of
     * @param error what stopped the run, or null when it finished
     */
    public record Run(SyncStatus status, LocalDate asOf, boolean dryRun, Instant startedAt, Duration duration, String error) {
        public Run {
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * What the run assessed: the whole org as the snapshot holds it after this run's pull.
     *
     * @param opportunitiesWithoutAccount opportunities skipped because they belong to no account
     */
    public record Assessed(int accounts, int opportunities, int opportunitiesWithoutAccount) {
        public static final Assessed NONE = new Assessed(0, 0, 0);
    }

    /**
     * What the assessment found.
     *
     * @param tiers accounts per tier after the sync
     * @param segments accounts per segment, by name
     * @param upsellCandidates accounts flagged as upsell candidates
     * @param examples the highest-revenue account of each tier, in tier order
     */
    public record Findings(Map<Tier, Integer> tiers, Map<String, Integer> segments, int upsellCandidates,
                           List<AccountOutcome> examples) {
        public static final Findings NONE = new Findings(Map.of(), Map.of(), 0, List.of());

        public Findings {
            EnumMap<Tier, Integer> counts = new EnumMap<>(Tier.class);
            counts.putAll(tiers);
            tiers = Collections.unmodifiableMap(counts);
            segments = Collections.unmodifiableMap(new TreeMap<>(segments));
            examples = List.copyOf(examples);
        }
    }

    /**
     * The safety brake's reading of a plan: a run stops before any write when the share of accounts whose tier would
     * move from one tier to another (a first tier does not count) is above the share allowed ({@code brake-share}).
     *
     * @param tierChanges accounts whose tier would move
     * @param accounts every account assessed
     * @param allowedShare the largest share that may move in one run
     */
    public record Brake(int tierChanges, int accounts, double allowedShare) {
        public static final Brake NONE = new Brake(0, 0, 1);

        public double share() {
            return accounts == 0 ? 0 : (double) tierChanges / accounts;
        }

        /** True when a run without force stops here. */
        public boolean engages() {
            return share() > allowedShare;
        }
    }

    /**
     * What the run planned to change.
     *
     * @param accounts accounts whose TierSync values differ from what the org holds
     * @param byField accounts to change, per field, in catalog order
     * @param samples a few changes with their values before and after
     * @param plannedCalls the write calls the changes take (spent unless this is a dry run)
     * @param brake how the safety brake reads the plan: in a dry run, whether the real run would stop at it
     */
    public record Changes(int accounts, Map<Field<?>, Integer> byField, List<FieldChange> samples, int plannedCalls,
                          Brake brake) {
        public static final Changes NONE = new Changes(0, Map.of(), List.of(), 0);

        public Changes(int accounts, Map<Field<?>, Integer> byField, List<FieldChange> samples, int plannedCalls) {
            this(accounts, byField, samples, plannedCalls, Brake.NONE);
        }

        public Changes {
            java.util.Objects.requireNonNull(brake, "brake");
            Map<Field<?>, Integer> ordered = new LinkedHashMap<>();
            byField.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(Field::ordinal)))
                    .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
            byField = Collections.unmodifiableMap(ordered);
            samples = List.copyOf(samples);
        }
    }

    /**
     * What the run wrote.
     *
     * @param accounts accounts the org accepted the new values for (0 in a dry run)
     * @param failures records the org refused, with its code and message
     * @param lockRetries records written again after the org refused them for contention
     * @param bulk whether the changes went through the org's bulk interface
     */
    public record Writes(int accounts, List<WriteFailure> failures, int lockRetries, boolean bulk) {
        public static final Writes NONE = new Writes(0, List.of(), 0, false);

        public Writes {
            failures = List.copyOf(failures);
        }
    }

    /**
     * The API requests the run spent.
     *
     * @param calls requests this run made, logins included
     * @param usage the org's requests used today and its daily limit, as the org last reported them; null if unknown
     */
    public record ApiCalls(int calls, ApiUsage usage) {
        public static final ApiCalls NONE = new ApiCalls(0, null);
    }

    /**
     * The plugins the run switched off because they threw; the run went on without them.
     *
     * @param disabled each plugin once, with its first failure, in the order they failed
     */
    public record Plugins(List<DisabledPlugin> disabled) {
        public static final Plugins NONE = new Plugins(List.of());

        public Plugins {
            disabled = List.copyOf(disabled);
        }
    }

    /**
     * The records of its own the run planned and wrote besides the Account updates: Segment_Change__c records
     * (one per account whose tier, segment, churn risk or upsell flag changed) and those the retention deletes.
     *
     * @param creating how many records the run creates (a dry run: would create)
     * @param deleting how many records it deletes (a dry run: would delete)
     * @param toCreate the first {@link #LISTED} of those it creates, in account order
     * @param toDelete the first {@link #LISTED} of those it deletes
     * @param created records the org created
     * @param alreadyThere records an earlier run that stopped half-way had created already (refused by their key)
     * @param deleted records the org deleted
     * @param failures records the org refused to create or delete
     */
    public record Records(int creating, int deleting, List<PlannedRecord> toCreate, List<PlannedRecord> toDelete, int created,
                          int alreadyThere, int deleted, List<WriteFailure> failures) {
        /** At most this many records are listed each way, so the report of a first run on a large org stays small. */
        public static final int LISTED = 1000;
        public static final Records NONE = new Records(0, 0, List.of(), List.of(), 0, 0, 0, List.of());

        public Records {
            toCreate = List.copyOf(toCreate.subList(0, Math.min(LISTED, toCreate.size())));
            toDelete = List.copyOf(toDelete.subList(0, Math.min(LISTED, toDelete.size())));
            failures = List.copyOf(failures);
        }
    }

    /**
     * The fit the assessment learnt: what it learnt and why it was or was not written, and the accounts per fit tier.
     *
     * @param report empty when the run stopped before the assessment
     * @param noFitReason why no fit was written, in a few words; empty when one was (or the run stopped before)
     */
    public record Fit(Optional<FitReport> report, Optional<String> noFitReason, Map<FitTier, Integer> tiers) {
        public static final Fit NONE = new Fit(Optional.empty(), Optional.empty(), Map.of());

        public Fit {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(noFitReason, "noFitReason");
            EnumMap<FitTier, Integer> counts = new EnumMap<>(FitTier.class);
            counts.putAll(tiers);
            tiers = Collections.unmodifiableMap(counts);
        }
    }
}
