package dev.tiersync.sync;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.RequestLimitExceededException;
import dev.tiersync.salesforce.SalesforceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one sync of one org: pull, assess, write what changed, report. */
public final class SyncJob {

    private static final Logger log = LoggerFactory.getLogger(SyncJob.class);
    static final int BULK_BATCH_ROWS = 10_000;

    private final OrgConnector connector;
    private final Segmenter segmenter;
    private final Clock clock;
    private final SyncSettings settings;
    private final SnapshotStore store;

    /** A job that keeps its snapshot in memory: its first run pulls everything, later ones what changed. */
    public SyncJob(OrgConnector connector, Segmenter segmenter, Clock clock) {
        this(connector, segmenter, clock, SyncSettings.defaults());
    }

    public SyncJob(OrgConnector connector, Segmenter segmenter, Clock clock, SyncSettings settings) {
        this(connector, segmenter, clock, settings, new InMemorySnapshotStore());
    }

    public SyncJob(OrgConnector connector, Segmenter segmenter, Clock clock, SyncSettings settings, SnapshotStore store) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Runs the sync. Salesforce failures end in a report with status {@link SyncStatus#FAILED} or
     * {@link SyncStatus#DEFERRED} and the reason; they are not thrown.
     */
    public SyncReport run(OrgCredentials credentials, SyncRequest request) {
        return run(credentials, request, WritePermit.ALWAYS);
    }

    /**
     * Runs the sync, asking {@code permit} before every write call; a refusal ends the run as
     * {@link SyncStatus#FAILED} with nothing more written.
     */
    public SyncReport run(OrgCredentials credentials, SyncRequest request, WritePermit permit) {
        return run(credentials, request, permit, SyncListener.NONE);
    }

    /** As {@link #run(OrgCredentials, SyncRequest, WritePermit)}, telling {@code listener} how it gets on. */
    public SyncReport run(OrgCredentials credentials, SyncRequest request, WritePermit permit, SyncListener listener) {
        Instant startedAt = clock.instant();
        Progress progress = new Progress();
        try (OrgSession session = connector.open(credentials)) {
            progress.session = session;
            String org = session.orgId();
            progress.org = org;
            Instant phase = clock.instant();
            listener.phase("pull");
            progress.pull = new SnapshotPull(session, store, org, settings).run(clock.instant(), request.fullPull());
            phase = progress.timed("pull", phase);
            listener.phase("load");
            OrgSnapshot snapshot = OrgSnapshot.load(store, org);
            progress.snapshot = snapshot;
            phase = progress.timed("load", phase);
            listener.phase("assess");
            List<Segmentation> segmentations = segmenter.assess(snapshot.histories(), request.asOf());
            ChangePlan plan = ChangePlan.of(snapshot, segmentations, clock.instant(), LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                    settings);
            progress.plan = plan;
            phase = progress.timed("assess", phase);
            log.info("assessed {} accounts as of {}: {} to change, {} changing tier", snapshot.accountCount(), request.asOf(),
                    plan.updates().size(), plan.tierChanges());
            double tierChangeShare = snapshot.accountCount() == 0 ? 0 : (double) plan.tierChanges() / snapshot.accountCount();
            if (!request.dryRun() && !request.force() && tierChangeShare > settings.brakeShare()) {
                String reason = String.format(java.util.Locale.ROOT, "safety brake: %d of %d accounts (%.0f%%) would change tier, "
                        + "over the %.0f%% allowed in one run; nothing was written. Check the changes with a dry run, then run "
                        + "again with force if they are right", plan.tierChanges(), snapshot.accountCount(), 100 * tierChangeShare,
                        100 * settings.brakeShare());
                log.warn(reason);
                return progress.report(SyncStatus.BRAKED, request, startedAt, reason);
            }
            if (!request.dryRun()) {
                ChunkedWriter writer = new ChunkedWriter(session, settings.writeChunkSize(), settings.bulkWriteThreshold(),
                        () -> {
                            permit.check();
                            checkBudget(session);
                        }, written -> store.recordWritten(org, written));
                progress.writer = writer;
                listener.phase("write");
                writer.onProgress(listener::written);
                writer.writeAll(plan.updates());
                progress.timed("write", phase);
                progress.recordOutcome();
            }
            SyncStatus status = progress.failures().isEmpty() ? SyncStatus.SUCCEEDED : SyncStatus.PARTIALLY_FAILED;
            return progress.report(status, request, startedAt, null);
        } catch (SalesforceException e) {
            SyncStatus status = e instanceof RequestLimitExceededException ? SyncStatus.DEFERRED : SyncStatus.FAILED;
            log.warn("sync {}: {}", status, e.getMessage());
            progress.recordOutcomeSafely();
            return progress.report(status, request, startedAt, e.getMessage());
        } catch (WriteNotPermittedException e) {
            log.warn("sync stopped: {}", e.getMessage());
            progress.recordOutcomeSafely();
            return progress.report(SyncStatus.FAILED, request, startedAt, e.getMessage());
        } catch (SnapshotStoreException e) {
            log.error("sync FAILED: {}", e.getMessage(), e);
            return progress.report(SyncStatus.FAILED, request, startedAt, e.getMessage());
        }
    }

    /** Stops the run as deferred once it has spent its share of the org's daily API limit. */
    private void checkBudget(OrgSession session) {
        session.apiUsage().ifPresent(usage -> {
            double budget = settings.apiBudgetShare() * usage.limit();
            if (session.apiCalls() >= budget) {
                throw new RequestLimitExceededException("API_BUDGET_SPENT", String.format(java.util.Locale.ROOT,
                        "this run has spent its API budget: %d calls of the %.0f allowed (%.0f%% of the daily limit of %d); "
                                + "the rest is written on the next run", session.apiCalls(), budget,
                        100 * settings.apiBudgetShare(), usage.limit()), null);
            }
        });
    }

    /** What a run got done, so a report can be made wherever it stops. */
    private final class Progress {
        OrgSession session;
        String org;
        PullSummary pull;
        OrgSnapshot snapshot;
        ChangePlan plan;
        ChunkedWriter writer;
        final Map<String, Duration> phases = new java.util.LinkedHashMap<>();

        /** Records a phase that started at {@code start}; returns now, the next phase's start. */
        Instant timed(String name, Instant start) {
            Instant now = clock.instant();
            phases.put(name, Duration.between(start, now));
            return now;
        }

        /** Keeps the records Salesforce refused in the ledger, and clears those written. */
        void recordOutcome() {
            if (writer != null) {
                store.recordOutcome(org, clock.instant(), writer.failures(), writer.writtenIds());
            }
        }

        /** As {@link #recordOutcome()}, on the way out of a failed run: a store failure is logged, not thrown. */
        void recordOutcomeSafely() {
            try {
                recordOutcome();
            } catch (SnapshotStoreException e) {
                log.error("could not record the write ledger: {}", e.getMessage(), e);
            }
        }

        List<WriteFailure> failures() {
            return writer == null ? List.of() : writer.failures();
        }

        SyncReport report(SyncStatus status, SyncRequest request, Instant startedAt, String error) {
            List<AccountOutcome> outcomes = plan == null ? List.of() : plan.outcomes();
            return new SyncReport(
                    status,
                    request.asOf(),
                    request.dryRun(),
                    startedAt,
                    Duration.between(startedAt, clock.instant()),
                    snapshot == null ? 0 : snapshot.accountCount(),
                    snapshot == null ? 0 : snapshot.opportunitiesPulled(),
                    snapshot == null ? 0 : snapshot.opportunitiesWithoutAccount(),
                    plan == null ? 0 : plan.updates().size(),
                    writer == null ? 0 : writer.written(),
                    failures(),
                    distribution(outcomes),
                    FieldChanges.counts(plan),
                    FieldChanges.samples(plan, snapshot),
                    plan == null ? 0 : plannedWriteCalls(plan.updates().size()),
                    segments(outcomes),
                    (int) outcomes.stream().filter(o -> o.segmentation().upsellCandidate()).count(),
                    examples(outcomes),
                    session == null ? 0 : session.apiCalls(),
                    writer == null ? 0 : writer.lockRetries(),
                    phases,
                    pull == null ? PullSummary.NONE : pull,
                    writer != null && writer.bulk(),
                    session == null ? null : session.apiUsage().orElse(null),
                    error);
        }
    }

    /**
     * Calls the writes take: SOAP updates of a chunk each, or a Bulk job (create, close, and per batch
     * of 10,000 an upload, at least one poll and the results).
     */
    private int plannedWriteCalls(int updates) {
        if (updates > settings.bulkWriteThreshold()) {
            return 2 + 3 * ((updates + BULK_BATCH_ROWS - 1) / BULK_BATCH_ROWS);
        }
        return (updates + settings.writeChunkSize() - 1) / settings.writeChunkSize();
    }

    private static Map<Tier, Integer> distribution(List<AccountOutcome> outcomes) {
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (AccountOutcome outcome : outcomes) {
            counts.merge(outcome.tier(), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> segments(List<AccountOutcome> outcomes) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
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
                .collect(Collectors.groupingBy(AccountOutcome::tier, () -> new EnumMap<>(Tier.class),
                        Collectors.minBy(best)))
                .values().stream()
                .flatMap(java.util.Optional::stream)
                .toList();
    }
}
