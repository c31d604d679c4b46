package dev.tiersync.plugins.internal;

import dev.tiersync.plugin.api.RunStatus;
import dev.tiersync.plugin.api.RunSummary;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** A sync's report as the plugin API's run listeners receive it. */
public final class RunSummaries {

    private RunSummaries() {
    }

    /** @param org the org's name in TierSync's configuration */
    public static RunSummary of(String org, SyncReport report) {
        Map<String, Integer> tiers = new LinkedHashMap<>();
        report.findings().tiers().forEach((tier, count) -> tiers.put(tier.picklistValue(), count));
        SyncReport.Run run = report.run();
        return RunSummary.builder(org, status(report.status()), run.asOf())
                .dryRun(run.dryRun())
                .startedAt(run.startedAt())
                .duration(run.duration())
                .accountsAssessed(report.assessed().accounts())
                .accountsChanged(report.changes().accounts())
                .accountsWritten(report.writes().accounts())
                .accountsRejected(report.writes().failures().size())
                .upsellCandidates(report.findings().upsellCandidates())
                .tierCounts(tiers)
                .segmentCounts(report.findings().segments())
                .error(run.error())
                .build();
    }

    /** Exhaustive: a new status in the engine fails to compile here until the API has a place for it. */
    static RunStatus status(SyncStatus status) {
        return switch (status) {
            case SUCCEEDED -> RunStatus.SUCCEEDED;
            case PARTIALLY_FAILED -> RunStatus.PARTIALLY_FAILED;
            case DEFERRED -> RunStatus.DEFERRED;
            case BRAKED -> RunStatus.BRAKED;
            case FAILED -> RunStatus.FAILED;
            case SKIPPED -> RunStatus.SKIPPED;
        };
    }
}
