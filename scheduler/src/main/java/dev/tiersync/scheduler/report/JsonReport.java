package dev.tiersync.scheduler.report;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.sync.AccountOutcome;
import dev.tiersync.sync.FieldChange;
import dev.tiersync.sync.PullSummary;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.WriteFailure;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A sync report as JSON, for scripts: field names are part of the command line's contract. */
public final class JsonReport {

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** The report as compact JSON text. */
    public String toJson(SyncReport report, String org) {
        return mapper.writeValueAsString(view(report, org));
    }

    public void print(SyncReport report, String org, PrintWriter out) {
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(view(report, org)));
        out.flush();
    }

    static Json view(SyncReport report, String org) {
        Map<String, Integer> tiers = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            tiers.put(tier.picklistValue(), report.tierDistribution().getOrDefault(tier, 0));
        }
        return new Json(org, report.status().name(), report.asOf().toString(), report.dryRun(),
                report.startedAt().toString(), report.duration().toMillis(), report.accountsPulled(),
                report.opportunitiesPulled(), report.opportunitiesWithoutAccount(), report.accountsChanged(),
                report.accountsWritten(), report.failures(), tiers, fields(report), report.sampleChanges(),
                report.plannedWriteCalls(), report.segmentDistribution(), report.upsellCandidates(),
                report.examples().stream().map(Example::of).toList(), report.apiCalls(), report.lockRetries(), phases(report),
                report.pull(), report.bulkWrite(), report.error());
    }

    private static Map<String, Long> phases(SyncReport report) {
        Map<String, Long> phases = new LinkedHashMap<>();
        report.phases().forEach((phase, time) -> phases.put(phase, time.toMillis()));
        return phases;
    }

    private static Map<String, Integer> fields(SyncReport report) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        report.fieldChanges().forEach((field, count) -> fields.put(field.name(), count));
        return fields;
    }

    record Json(String org, String status, String asOf, boolean dryRun, String startedAt, long durationMillis,
                int accountsPulled, int opportunitiesPulled, int opportunitiesWithoutAccount, int accountsChanged,
                int accountsWritten, List<WriteFailure> failures, Map<String, Integer> tierDistribution,
                Map<String, Integer> fieldChanges, List<FieldChange> sampleChanges, int plannedWriteCalls,
                Map<String, Integer> segmentDistribution, int upsellCandidates,
                List<Example> examples, int apiCalls, int lockRetries, Map<String, Long> phaseMillis, PullSummary pull,
                boolean bulkWrite, String error) {
    }

    record Example(String accountId, String name, String tier, String previousTier, String segment, String sizeBand,
                   String region, double valueScore, String churnRisk, boolean upsellCandidate, String reasons,
                   double trailingWonRevenue) {

        static Example of(AccountOutcome outcome) {
            Segmentation s = outcome.segmentation();
            return new Example(outcome.accountId(), outcome.name(), s.tier().picklistValue(),
                    outcome.previousTier() == null ? null : outcome.previousTier().picklistValue(), s.segment(),
                    s.sizeBand().picklistValue(), s.region().picklistValue(), s.valueScore(), s.churnRisk().picklistValue(),
                    s.upsellCandidate(), s.reasons(), outcome.trailingWonRevenue());
        }
    }
}
