package dev.tiersync.sync;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.fit.FitOutcome;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.salesforce.OrgSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a run got done so far, and the one place its {@link SyncReport} is made, wherever the run stops.
 * Each part of the report comes from the step that did the work; a step the run never reached gives
 * its part's {@code NONE}.
 */
final class RunProgress {

    private final Clock clock;
    private final SyncRequest request;
    private final Instant startedAt;
    private final Map<Phase, Duration> phases = new EnumMap<>(Phase.class);
    private Phase phase;
    private Instant phaseStarted;
    OrgSession session;
    PullSummary pull = PullSummary.NONE;
    OrgSnapshot snapshot;
    ChangePlan plan;
    FitOutcome fit;
    int plannedCalls;
    SyncReport.Brake brake = SyncReport.Brake.NONE;
    ChunkedWriter writer;
    RecordWrites recordWrites;
    AudiencePlan audiences = AudiencePlan.NONE;
    private List<dev.tiersync.salesforce.NewRecord> recordCreates = List.of();
    private List<String> recordDeletes = List.of();
    private final RunPlugins plugins;

    RunProgress(Clock clock, SyncRequest request, RunPlugins plugins) {
        this.clock = clock;
        this.request = request;
        this.plugins = plugins;
        this.startedAt = clock.instant();
    }

    /** Ends the phase under way, if any, and starts the next. */
    void begin(Phase next, SyncListener listener) {
        end();
        phase = next;
        phaseStarted = clock.instant();
        listener.phase(next);
    }

    /** Ends the phase under way, if any; a run that stops in a phase reports only the phases it finished. */
    void end() {
        if (phase != null) {
            phases.put(phase, Duration.between(phaseStarted, clock.instant()));
            phase = null;
        }
    }

    /** The run's id: when it started, in UTC to the second, such as {@code 20250301T060000Z}. */
    String runId() {
        return RUN_ID.format(startedAt);
    }

    private static final java.time.format.DateTimeFormatter RUN_ID = java.time.format.DateTimeFormatter
            .ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);

    /** The records of its own the run creates and the ids of those the retention deletes. */
    void planRecords(List<dev.tiersync.salesforce.NewRecord> creates, List<String> deletes) {
        this.recordCreates = List.copyOf(creates);
        this.recordDeletes = List.copyOf(deletes);
    }

    List<dev.tiersync.salesforce.NewRecord> recordCreates() {
        return recordCreates;
    }

    List<String> recordDeletes() {
        return recordDeletes;
    }

    private SyncReport.Records records() {
        if (recordCreates.isEmpty() && recordDeletes.isEmpty() && recordWrites == null && audiences.changes() == 0
                && audiences.campaignsToCreate().isEmpty()) {
            return SyncReport.Records.NONE;
        }
        List<PlannedRecord> creates = new java.util.ArrayList<>(recordCreates.stream().map(SegmentChangePlan::listed).toList());
        creates.addAll(audiences.listedCreates());
        List<PlannedRecord> deletes = new java.util.ArrayList<>(recordDeletes.stream().map(id -> new PlannedRecord(
                dev.tiersync.domain.catalog.SegmentChangeFields.ALL.object(), id, "older than the retention")).toList());
        deletes.addAll(audiences.listedDeletes());
        return new SyncReport.Records(creates.size(), deletes.size(), creates, deletes,
                recordWrites == null ? 0 : recordWrites.created(), recordWrites == null ? 0 : recordWrites.alreadyThere(),
                recordWrites == null ? 0 : recordWrites.deleted(), recordWrites == null ? List.of() : recordWrites.failures());
    }

    List<WriteFailure> failures() {
        return writer == null ? List.of() : writer.failures();
    }

    SyncReport report(SyncStatus status, String error) {
        List<AccountOutcome> outcomes = plan == null ? List.of() : plan.outcomes();
        return new SyncReport(
                new SyncReport.Run(status, request.asOf(), request.dryRun(), startedAt, Duration.between(startedAt, clock.instant()),
                        error),
                snapshot == null ? SyncReport.Assessed.NONE : new SyncReport.Assessed(snapshot.accountCount(),
                        snapshot.opportunitiesPulled(), snapshot.opportunitiesWithoutAccount()),
                pull,
                plan == null ? SyncReport.Findings.NONE : new SyncReport.Findings(tiers(outcomes), segments(outcomes),
                        (int) outcomes.stream().filter(o -> o.segmentation().upsellCandidate()).count(), examples(outcomes)),
                plan == null ? SyncReport.Changes.NONE : new SyncReport.Changes(plan.updates().size(), FieldChanges.counts(plan),
                        FieldChanges.samples(plan, snapshot), plannedCalls, brake),
                writer == null ? SyncReport.Writes.NONE
                        : new SyncReport.Writes(writer.written(), writer.failures(), writer.lockRetries(), writer.bulk()),
                session == null ? SyncReport.ApiCalls.NONE
                        : new SyncReport.ApiCalls(session.apiCalls(), session.apiUsage().orElse(null)),
                new SyncReport.Plugins(plugins.disabled()),
                phases, records(),
                fit == null ? SyncReport.Fit.NONE
                        : new SyncReport.Fit(Optional.of(fit.report()), fit.noFitReason(), fitTiers(outcomes)));
    }

    private static Map<Tier, Integer> tiers(List<AccountOutcome> outcomes) {
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (AccountOutcome outcome : outcomes) {
            counts.merge(outcome.tier(), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<FitTier, Integer> fitTiers(List<AccountOutcome> outcomes) {
        Map<FitTier, Integer> counts = new EnumMap<>(FitTier.class);
        for (AccountOutcome outcome : outcomes) {
            counts.merge(outcome.segmentation().fitTier(), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> segments(List<AccountOutcome> outcomes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (AccountOutcome outcome : outcomes) {
            counts.merge(outcome.segmentation().segment(), 1, Integer::sum);
        }
        return counts;
    }

    /** The highest-revenue account of each tier, in tier order. */
    private static List<AccountOutcome> examples(List<AccountOutcome> outcomes) {
        Comparator<AccountOutcome> best = Comparator.comparingDouble(AccountOutcome::trailingWonRevenue).reversed()
                .thenComparing(AccountOutcome::accountId);
        return outcomes.stream()
                .collect(Collectors.groupingBy(AccountOutcome::tier, () -> new EnumMap<>(Tier.class), Collectors.minBy(best)))
                .values().stream()
                .flatMap(Optional::stream)
                .toList();
    }
}
