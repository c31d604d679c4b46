package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.scheduler.problem.NotFound;
import dev.tiersync.sync.DisabledPlugin;
import dev.tiersync.sync.RunPlugins;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncListener;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Runs an org's sync: one at a time per org on this node, and, through the org's lease, in the whole
 * cluster. Each run gets an id, carried by its log lines ({@code runId} in the MDC) and its history. A run
 * that cannot start because the org is being synced already is skipped, and the skip is a run of its own
 * in the history, the metrics and the alerts. Each run starts the plugins afresh; their run listeners are told
 * once the run is in the history, and one that throws is kept with the run's switched-off plugins.
 */
@Component
public class SyncRunner {

    private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

    private final SyncJobs jobs;
    private final Orgs orgs;
    private final RunHistory history;
    private final Clock clock;
    private final RunLeases leases;
    private final List<RunObserver> observers;
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    public SyncRunner(SyncJobs jobs, Orgs orgs, RunHistory history, Clock clock, RunLeases leases, List<RunObserver> observers) {
        this.observers = List.copyOf(observers);
        this.jobs = jobs;
        this.orgs = orgs;
        this.history = history;
        this.clock = clock;
        this.leases = leases;
    }

    /**
     * Syncs the org as of today in its schedule's time zone.
     *
     * @throws NotFound when no org has that name
     */
    public SyncReport runNow(String orgName, boolean dryRun) {
        return runNow(orgName, dryRun, UUID.randomUUID().toString(), SyncListener.NONE);
    }

    public SyncReport runNow(String orgName, boolean dryRun, String runId, SyncListener listener) {
        OrgSettings org = orgs.configuredOrg(orgName).orElseThrow(() -> NotFound.org(orgName));
        LocalDate asOf = LocalDate.now(clock.withZone(org.timeZone()));
        SyncRequest request = new SyncRequest(asOf, dryRun);
        SyncJob job = jobs.job(org.name());
        RunPlugins plugins = job.startPlugins();
        ReentrantLock lock = running.computeIfAbsent(org.name(), name -> new ReentrantLock());
        MDC.put("runId", runId);
        try {
            if (!lock.tryLock()) {
                return finish(org, runId, SkippedRun.report(request, clock, "a sync of " + org.name()
                        + " is already running on this node; this run is skipped"), plugins);
            }
            try {
                Optional<RunLeases.Lease> lease = leases.acquire(org.name(), runId, leases.duration().plusSeconds(5));
                if (lease.isEmpty()) {
                    return finish(org, runId, SkippedRun.report(request, clock, "another node is syncing " + org.name()
                            + " and holds its lease; this run is skipped"), plugins);
                }
                try (RunLeases.Lease held = lease.get()) {
                    log.info("sync {} of {} at {} started{}", runId, org.name(), org.loginUrl(), dryRun ? " (dry run)" : "");
                    return finish(org, runId, job.run(org.access(), request, held::check, listener, plugins), plugins);
                }
            } finally {
                lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return finish(org, runId, SkippedRun.report(request, clock, "interrupted while waiting for the lease on "
                    + org.name() + "; this run is skipped"), plugins);
        } finally {
            MDC.remove("runId");
        }
    }

    /** Keeps the run in the history, tells the observers and the plugins' run listeners, and logs how it ended. */
    private SyncReport finish(OrgSettings org, String runId, SyncReport report, RunPlugins plugins) {
        history.record(runId, org.name(), report);
        for (RunObserver observer : observers) {
            try {
                observer.finished(org, runId, report);
            } catch (RuntimeException e) {
                log.warn("{} failed on run {}: {}", observer.getClass().getSimpleName(), runId, e.getMessage(), e);
            }
        }
        List<DisabledPlugin> listeners = plugins.runFinished(org.name(), report);
        history.recordPluginFailures(runId, listeners);
        log.info("sync of {} at {} {}: {} accounts assessed, {} changed, {} written, {} failed, {} API calls{}", org.name(),
                org.loginUrl(), report.status(), report.assessed().accounts(), report.changes().accounts(),
                report.writes().accounts(), report.writes().failures().size(), report.api().calls(),
                report.run().error() == null ? "" : ": " + report.run().error());
        return report;
    }

    /** Whether a sync of the org is running on this node. */
    public boolean isRunning(String orgName) {
        ReentrantLock lock = running.get(orgName);
        return lock != null && lock.isLocked();
    }
}
