package dev.tiersync.sync;

import dev.tiersync.domain.Account;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.domain.catalog.SegmentChangeFields;
import dev.tiersync.domain.engine.Assessment;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.fit.KeptFit;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.RequestLimitExceededException;
import dev.tiersync.salesforce.SalesforceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one sync of one org: pull, assess, write what changed, report. */
public final class SyncJob {

    private static final Logger log = LoggerFactory.getLogger(SyncJob.class);

    private final OrgConnector connector;
    private final Segmenter segmenter;
    private final Clock clock;
    private final SyncSettings settings;
    private final SnapshotStore store;
    private final JobPlugins plugins;

    /** A job without plugins. */
    public SyncJob(OrgConnector connector, Segmenter segmenter, Clock clock, SyncSettings settings, SnapshotStore store) {
        this(connector, segmenter, clock, settings, store, JobPlugins.NONE);
    }

    /** A job whose runs each start the plugins afresh. */
    public SyncJob(OrgConnector connector, Segmenter segmenter, Clock clock, SyncSettings settings, SnapshotStore store,
                   JobPlugins plugins) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    /** The rules this job assesses accounts with. */
    public Segmenter segmenter() {
        return segmenter;
    }

    /** The plugins for a new run of this job: give them to {@link #run(OrgAccess, SyncRequest, WritePermit, SyncListener, RunPlugins)}. */
    public RunPlugins startPlugins() {
        return plugins.start();
    }

    /**
     * Runs the sync and then tells the plugins' run listeners. Salesforce failures end in a report with
     * status {@link SyncStatus#FAILED} or {@link SyncStatus#DEFERRED} and the reason; they are not thrown.
     */
    public SyncReport run(OrgAccess org, SyncRequest request) {
        return run(org, request, WritePermit.ALWAYS, SyncListener.NONE);
    }

    /**
     * Runs the sync, asking {@code permit} before every write call (a refusal ends the run as
     * {@link SyncStatus#FAILED} with nothing more written) and telling {@code listener} how it gets on; then
     * tells the plugins' run listeners at once. A caller that records or prints the report first starts the
     * plugins itself and tells them after ({@link #startPlugins()}, {@link RunPlugins#runFinished}).
     */
    public SyncReport run(OrgAccess org, SyncRequest request, WritePermit permit, SyncListener listener) {
        RunPlugins runPlugins = startPlugins();
        SyncReport report = run(org, request, permit, listener, runPlugins);
        runPlugins.runFinished(org.name(), report);
        return report;
    }

    /**
     * Runs the sync with the plugins of this run; a plugin that throws is switched off for the rest of it and
     * named in the report. Does not tell the run listeners: the caller does, with {@link RunPlugins#runFinished},
     * once it has done with the report.
     */
    public SyncReport run(OrgAccess org, SyncRequest request, WritePermit permit, SyncListener listener, RunPlugins runPlugins) {
        RunProgress progress = new RunProgress(clock, request, runPlugins);
        Ending ending = runSession(org, request, permit, listener, progress, runPlugins);
        // The session is closed by now, so the report counts its logout too.
        return progress.report(ending.status(), ending.error());
    }

    /** How a run ended: its status and, unless it finished, why. */
    private record Ending(SyncStatus status, String error) {
    }

    private Ending runSession(OrgAccess org, SyncRequest request, WritePermit permit, SyncListener listener,
                              RunProgress progress, RunPlugins runPlugins) {
        String orgId = null;
        try (OrgSession session = connector.open(org)) {
            progress.session = session;
            orgId = session.orgId();
            try (OrgLock held = store.lock(orgId, org.name(), OrgLock.thisProcess(), clock.instant())) {
                return runHeld(org, request, permit, listener, progress, runPlugins, session, orgId);
            }
        } catch (OrgBusyException e) {
            log.warn("sync SKIPPED: {}", e.getMessage());
            return new Ending(SyncStatus.SKIPPED, e.getMessage());
        } catch (SalesforceException e) {
            SyncStatus status = e instanceof RequestLimitExceededException ? SyncStatus.DEFERRED : SyncStatus.FAILED;
            log.warn("sync {}: {}", status, e.getMessage());
            recordOutcomeOnTheWayOut(orgId, progress.writer);
            return new Ending(status, e.getMessage());
        } catch (SnapshotStoreException e) {
            log.error("sync FAILED: {}", e.getMessage(), e);
            return new Ending(SyncStatus.FAILED, e.getMessage());
        }
    }

    /** The run itself, with the org held. */
    private Ending runHeld(OrgAccess org, SyncRequest request, WritePermit permit, SyncListener listener,
                           RunProgress progress, RunPlugins runPlugins, OrgSession session, String orgId) {
        SnapshotPull pull = null;
        try {
            store.recordOrgName(org.name(), orgId);
            checkBudget(session);
            progress.begin(Phase.PULL, listener);
            pull = new SnapshotPull(session, store, orgId, settings, segmenter.config().behaviour().objectsUsed(),
                    new OrgFieldPull(segmenter.config().orgFieldNames(), segmenter.config()::orgFieldKey));
            progress.pull = pull.run(clock.instant(), request.fullPull());
            progress.begin(Phase.LOAD, listener);
            OrgSnapshot snapshot = OrgSnapshot.load(store, orgId, progress.pull.related().readable());
            progress.snapshot = snapshot;
            progress.begin(Phase.ASSESS, listener);
            Assessment assessment = assess(orgId, snapshot, request, runPlugins, progress.pull.full());
            progress.fit = assessment.fit();
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            ChangePlan plan = ChangePlan.of(snapshot, assessment.results(), clock.instant(), today, settings);
            progress.plan = plan;
            progress.planRecords(SegmentChangePlan.of(plan.updates(), snapshot, progress.runId(), today), settings.retention()
                    .map(kept -> session.idsBefore(SegmentChangeFields.CHANGED_ON, today.minus(kept))).orElse(List.of()));
            progress.audiences = AudiencePlan.of(segmenter.config().audiences(), session, snapshot, plan.updates(),
                    plan.outcomes().stream().map(AccountOutcome::accountId).toList());
            progress.plannedCalls = plannedWriteCalls(session, plan.updates().size());
            progress.end();
            log.info("assessed {} accounts as of {}: {} to change, {} changing tier", snapshot.accountCount(), request.asOf(),
                    plan.updates().size(), plan.tierChanges());
            SyncReport.Brake brake = new SyncReport.Brake(plan.tierChanges(), snapshot.accountCount(), settings.brakeShare());
            progress.brake = brake;
            if (!request.dryRun() && !request.force() && brake.engages()) {
                String reason = String.format(Locale.ROOT, "safety brake: %d of %d accounts (%.0f%%) would change tier, "
                        + "over the %.0f%% allowed in one run; nothing was written. Check the changes with a dry run, then run "
                        + "again with force if they are right", brake.tierChanges(), brake.accounts(), 100 * brake.share(),
                        100 * brake.allowedShare());
                log.warn(reason);
                return new Ending(SyncStatus.BRAKED, reason);
            }
            String audienceBrake = AudienceBrake.reason(progress.audiences, settings.brakeShare());
            if (!request.dryRun() && !request.force() && audienceBrake != null) {
                log.warn(audienceBrake);
                return new Ending(SyncStatus.BRAKED, audienceBrake);
            }
            if (!request.dryRun()) {
                String written = orgId;
                Runnable beforeEachCall = () -> {
                    permit.check();
                    checkBudget(session);
                };
                ChunkedWriter writer = new ChunkedWriter(session, settings.writeChunkSize(), settings.bulkWriteThreshold(),
                        beforeEachCall, updates -> store.recordWritten(written, asWritten(snapshot, updates)));
                progress.writer = writer;
                progress.begin(Phase.WRITE, listener);
                // The changes of each call's accounts are created just before the call updates them: a run stopped in
                // between and run again sends the same keys, so no change is lost and none is created twice.
                RecordWrites records = new RecordWrites(session, settings.writeChunkSize(), settings.bulkWriteThreshold(),
                        beforeEachCall);
                progress.recordWrites = records;
                writer.beforeEachWrite(records.creatingFor(progress.recordCreates()));
                writer.onProgress(listener::written);
                writer.writeAll(plan.updates());
                records.deleteAll(progress.recordDeletes());
                AudienceBrake.write(progress.audiences, records, session);
                progress.end();
                recordOutcome(orgId, writer);
            }
            boolean refused = !progress.failures().isEmpty()
                    || (progress.recordWrites != null && !progress.recordWrites.failures().isEmpty());
            return new Ending(refused ? SyncStatus.PARTIALLY_FAILED : SyncStatus.SUCCEEDED, null);
        } catch (SalesforceException e) {
            if (pull != null && progress.pull == PullSummary.NONE) {
                progress.pull = pull.stoppedPartWay();
            }
            SyncStatus status = e instanceof RequestLimitExceededException ? SyncStatus.DEFERRED : SyncStatus.FAILED;
            log.warn("sync {}: {}", status, e.getMessage());
            recordOutcomeOnTheWayOut(orgId, progress.writer);
            return new Ending(status, e.getMessage());
        } catch (WriteNotPermittedException e) {
            log.warn("sync stopped: {}", e.getMessage());
            recordOutcomeOnTheWayOut(orgId, progress.writer);
            return new Ending(SyncStatus.FAILED, e.getMessage());
        } catch (SnapshotStoreException e) {
            log.error("sync FAILED: {}", e.getMessage(), e);
            return new Ending(SyncStatus.FAILED, e.getMessage());
        }
    }

    /**
     * Assesses every account. The fit is learnt on a full pull, and when no fit learnt by these rules (as of this day
     * or before) is kept, and then kept; an incremental run scores by the kept fit, so an account's fit score moves when
     * the account changes, not because a model learnt again on a little changed org ranks everyone a little differently.
     */
    private Assessment assess(String orgId, OrgSnapshot snapshot, SyncRequest request, RunPlugins runPlugins, boolean fullPull) {
        String rules = segmenter.fitRulesKey();
        Optional<KeptFit> kept = fullPull ? Optional.<KeptFit>empty() : store.keptFit(orgId)
                .filter(fit -> fit.learntBy(rules) && !request.asOf().isBefore(fit.learntAsOf()));
        Assessment assessment = segmenter.assessment(snapshot.histories(), request.asOf(), runPlugins.extensions(), kept);
        if (kept.isEmpty()) {
            store.keepFit(orgId, KeptFit.of(rules, request.asOf(), assessment.fit()));
        }
        return assessment;
    }

    /**
     * Stops the run as deferred once it has spent its share of the org's daily API limit, or once the org's remaining
     * requests (everyone's, not only this run's) are down to the reserve kept for its other integrations.
     */
    private void checkBudget(OrgSession session) {
        session.apiUsage().ifPresent(usage -> {
            double reserve = settings.apiReserveShare() * usage.limit();
            int remaining = usage.limit() - usage.used();
            if (settings.apiReserveShare() > 0 && remaining <= reserve) {
                throw new RequestLimitExceededException("API_RESERVE_REACHED", String.format(Locale.ROOT,
                        "the org has %d of its %d daily API requests left, within the reserve of %.0f (%.0f%%, "
                                + "api-reserve-share) kept for its other integrations; the rest is done on the next run",
                        Math.max(0, remaining), usage.limit(), reserve, 100 * settings.apiReserveShare()), null);
            }
            double budget = settings.apiBudgetShare() * usage.limit();
            if (session.apiCalls() >= budget) {
                throw new RequestLimitExceededException("API_BUDGET_SPENT", String.format(Locale.ROOT,
                        "this run has spent its API budget: %d calls of the %.0f allowed (%.0f%% of the daily limit of %d); "
                                + "the rest is written on the next run", session.apiCalls(), budget,
                        100 * settings.apiBudgetShare(), usage.limit()), null);
            }
        });
    }

    /** Keeps the records the org refused in the ledger, and clears those written. */
    private void recordOutcome(String orgId, ChunkedWriter writer) {
        store.recordOutcome(orgId, clock.instant(), writer.failures(), writer.writtenIds());
    }

    /**
     * As {@link #recordOutcome}, on the way out of a run that failed: the run's own failure is what it
     * reports, so a store failure here is logged with its cause, not thrown over it.
     */
    private void recordOutcomeOnTheWayOut(String orgId, ChunkedWriter writer) {
        if (writer == null) {
            return;
        }
        try {
            recordOutcome(orgId, writer);
        } catch (SnapshotStoreException e) {
            log.error("could not record the write ledger: {}", e.getMessage(), e);
        }
    }

    /** The calls the writes take: update calls of a chunk each, or what the org's bulk interface spends. */
    private int plannedWriteCalls(OrgSession session, int updates) {
        if (updates > settings.bulkWriteThreshold()) {
            return session.bulkUpdateCalls(updates);
        }
        return (updates + settings.writeChunkSize() - 1) / settings.writeChunkSize();
    }

    /** The accounts as a write left them: each stored account with the fields written set. */
    private static List<Account> asWritten(OrgSnapshot snapshot, List<AccountUpdate> updates) {
        List<Account> written = new java.util.ArrayList<>(updates.size());
        for (AccountUpdate update : updates) {
            Account stored = snapshot.account(update.accountId());
            if (stored != null) {
                written.add(stored.withCurrent(update.appliedTo(stored.current())));
            }
        }
        return written;
    }
}
