package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.config.TierSyncProperties;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs the configured org's sync, one at a time, and records each report. */
@Component
public class SyncRunner {

    private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

    private final SyncJob job;
    private final TierSyncProperties properties;
    private final RunHistory history;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private final RunLeases leases;

    public SyncRunner(SyncJob job, TierSyncProperties properties, RunHistory history, Clock clock, RunLeases leases) {
        this.leases = leases;
        this.job = job;
        this.properties = properties;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Syncs the org as of today in the schedule's time zone.
     *
     * @throws IllegalStateException when no org is configured or a sync is already running
     */
    public SyncReport runNow(boolean dryRun) {
        if (properties.org() == null) {
            throw new IllegalStateException("no org is configured: set tiersync.org.login-url and tiersync.org.username");
        }
        if (!running.tryLock()) {
            throw new IllegalStateException("a sync of " + properties.org().loginUrl() + " is already running");
        }
        String orgKey = properties.org().loginUrl() + "|" + properties.org().username();
        String runId = java.util.UUID.randomUUID().toString();
        try (RunLeases.Lease lease = leases.acquire(orgKey, runId, leases.duration().plusSeconds(5))
                .orElseThrow(() -> new IllegalStateException("another node is syncing " + properties.org().loginUrl()
                        + " and holds its lease; this run is skipped"))) {
            log.info("sync {} of {} started{}", runId, properties.org().loginUrl(), dryRun ? " (dry run)" : "");
            LocalDate asOf = LocalDate.now(clock.withZone(properties.schedule().timeZone()));
            SyncReport report = job.run(properties.org().credentials(), new SyncRequest(asOf, dryRun), lease::check);
            history.record(runId, orgKey, report);
            log.info("sync of {} {}: {} accounts pulled, {} changed, {} written, {} failed, {} API calls",
                    properties.org().loginUrl(), report.status(), report.accountsPulled(), report.accountsChanged(),
                    report.accountsWritten(), report.failures().size(), report.apiCalls());
            return report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lease on " + properties.org().loginUrl(), e);
        } finally {
            running.unlock();
        }
    }
}
