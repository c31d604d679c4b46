package dev.tiersync.scheduler.observe;

import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.schedule.RunObserver;
import dev.tiersync.sync.SyncReport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters of every run, tagged by org and status: {@code tiersync.sync.duration},
 * {@code tiersync.accounts.written}, {@code tiersync.api.calls}, {@code tiersync.sync.failures}.
 */
@Component
class RunMetrics implements RunObserver {

    private final MeterRegistry registry;

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void finished(OrgSettings org, String runId, SyncReport report) {
        Tags tags = Tags.of("org", org.name(), "status", report.status().name(), "dry_run", String.valueOf(report.run().dryRun()));
        registry.timer("tiersync.sync.duration", tags).record(report.run().duration());
        registry.counter("tiersync.accounts.written", tags).increment(report.writes().accounts());
        registry.counter("tiersync.api.calls", tags).increment(report.api().calls());
        registry.counter("tiersync.sync.failures", tags).increment(report.writes().failures().size());
    }
}
