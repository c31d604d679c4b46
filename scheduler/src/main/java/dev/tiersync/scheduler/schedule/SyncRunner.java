package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.sync.SyncListener;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Runs an org's sync: one at a time per org on this node, and, through the org's lease, in the whole
 * cluster. Each run gets an id, carried by its log lines ({@code runId} in the MDC) and its history.
 */
@Component
public class SyncRunner {

    private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

    private final SyncJobs jobs;
    private final Orgs orgs;
    private final RunHistory history;
    private final Clock clock;
    private final RunLeases leases;
    private final java.util.List<RunObserver> observers;
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    public SyncRunner(SyncJobs jobs, Orgs orgs, RunHistory history, Clock clock, RunLeases leases,
                      java.util.List<RunObserver> observers) {
        this.observers = java.util.List.copyOf(observers);
        this.jobs = jobs;
        this.orgs = orgs;
        this.history = history;
        this.clock = clock;
        this.leases = leases;
    }

    /**
     * Syncs the org as of today in its schedule's time zone.
     *
     * @throws IllegalArgumentException when no org has that name
     * @throws IllegalStateException when the org is already being synced, here or on another node
     */
    public SyncReport runNow(String orgName, boolean dryRun) {
        return runNow(orgName, dryRun, UUID.randomUUID().toString());
    }

    public SyncReport runNow(String orgName, boolean dryRun, String runId) {
        return runNow(orgName, dryRun, runId, SyncListener.NONE);
    }

    public SyncReport runNow(String orgName, boolean dryRun, String runId, SyncListener listener) {
        OrgSettings org = orgs.configuredOrg(orgName)
                .orElseThrow(() -> new IllegalArgumentException("no org is named '" + orgName + "'"));
        ReentrantLock lock = running.computeIfAbsent(org.name(), name -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new IllegalStateException("a sync of " + org.name() + " is already running");
        }
        MDC.put("runId", runId);
        try (RunLeases.Lease lease = leases.acquire(org.name(), runId, leases.duration().plusSeconds(5))
                .orElseThrow(() -> new IllegalStateException("another node is syncing " + org.name()
                        + " and holds its lease; this run is skipped"))) {
            log.info("sync {} of {} at {} started{}", runId, org.name(), org.loginUrl(), dryRun ? " (dry run)" : "");
            LocalDate asOf = LocalDate.now(clock.withZone(org.timeZone()));
            SyncReport report = jobs.job(org.name()).run(org.credentials(), new SyncRequest(asOf, dryRun), lease::check, listener);
            history.record(runId, org.name(), report);
            for (RunObserver observer : observers) {
                try {
                    observer.finished(org, runId, report);
                } catch (RuntimeException e) {
                    log.warn("{} failed on run {}: {}", observer.getClass().getSimpleName(), runId, e.getMessage(), e);
                }
            }
            log.info("sync of {} at {} {}: {} accounts assessed, {} changed, {} written, {} failed, {} API calls", org.name(),
                    org.loginUrl(), report.status(), report.accountsPulled(), report.accountsChanged(),
                    report.accountsWritten(), report.failures().size(), report.apiCalls());
            return report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lease on " + org.name(), e);
        } finally {
            MDC.remove("runId");
            lock.unlock();
        }
    }

    /** Whether a sync of the org is running on this node. */
    public boolean isRunning(String orgName) {
        ReentrantLock lock = running.get(orgName);
        return lock != null && lock.isLocked();
    }
}
