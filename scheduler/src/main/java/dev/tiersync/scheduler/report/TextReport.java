package dev.tiersync.scheduler.report;

import dev.tiersync.domain.Tier;
import dev.tiersync.sync.AccountOutcome;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.WriteFailure;
import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;

/** A sync report as a person reads it. */
public final class TextReport {

    static final int BAR_WIDTH = 40;
    static final int FAILURES_SHOWN = 10;

    private final NumberFormat counts = NumberFormat.getIntegerInstance(Locale.US);

    public void print(SyncReport report, String org, PrintWriter out) {
        out.printf("TierSync sync of %s as of %s%s: %s in %.1f s%n", org, report.asOf(),
                report.dryRun() ? " (dry run)" : "", report.status(), report.duration().toMillis() / 1000.0);
        out.printf("  pulled %s: %s accounts and %s opportunities through %s/%s%s (%s)%n",
                report.pull().full() ? "everything" : "what changed", counts.format(report.pull().accounts()),
                counts.format(report.pull().opportunities()), report.pull().accountChannel(), report.pull().opportunityChannel(),
                report.pull().deleted() + report.pull().removed() > 0
                        ? ", " + counts.format(report.pull().deleted() + report.pull().removed()) + " deleted" : "",
                report.pull().reason());
        out.printf("  assessed %s accounts and %s opportunities (%s without an account, skipped)%n",
                counts.format(report.accountsPulled()), counts.format(report.opportunitiesPulled()),
                counts.format(report.opportunitiesWithoutAccount()));
        out.printf("  %s accounts to change, %s written%s, %s rejected; %s API calls%n",
                counts.format(report.accountsChanged()), counts.format(report.accountsWritten()),
                report.bulkWrite() ? " through the Bulk API" : "", counts.format(report.failures().size()),
                counts.format(report.apiCalls()));
        if (!report.phases().isEmpty()) {
            StringBuilder phases = new StringBuilder("  phases:");
            report.phases().forEach((phase, time) -> phases.append(' ').append(phase).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f s", time.toMillis() / 1000.0)));
            if (report.lockRetries() > 0) {
                phases.append("; ").append(counts.format(report.lockRetries())).append(" records retried after a lock");
            }
            out.println(phases);
        }
        if (report.error() != null) {
            out.println("  stopped: " + report.error());
        }
        printDistribution(report, out);
        printFieldChanges(report, out);
        printSegments(report, out);
        printExamples(report, out);
        printFailures(report, out);
        out.flush();
    }

    private void printDistribution(SyncReport report, PrintWriter out) {
        if (report.tierDistribution().isEmpty()) {
            return;
        }
        int total = report.tierDistribution().values().stream().mapToInt(Integer::intValue).sum();
        out.println();
        out.println("Tier distribution");
        for (Tier tier : Tier.values()) {
            int count = report.tierDistribution().getOrDefault(tier, 0);
            int bar = total == 0 ? 0 : Math.round((float) BAR_WIDTH * count / total);
            out.printf("  %-9s %7s %5.1f%%  %s%n", tier.picklistValue(), counts.format(count),
                    total == 0 ? 0.0 : 100.0 * count / total, "#".repeat(bar));
        }
    }

    private void printFieldChanges(SyncReport report, PrintWriter out) {
        if (report.fieldChanges().isEmpty()) {
            return;
        }
        out.println();
        out.printf("Changes by field (%s update calls%s)%n", counts.format(report.plannedWriteCalls()),
                report.dryRun() ? " a real run would spend" : "");
        report.fieldChanges().forEach((field, count) -> out.printf("  %-18s %7s%n", field.name().toLowerCase(Locale.ROOT), counts.format(count)));
        if (!report.sampleChanges().isEmpty()) {
            out.println("  for example:");
            report.sampleChanges().forEach(change -> out.printf("    %s  %s: %s -> %s%n", change.accountId(),
                    change.field().name().toLowerCase(Locale.ROOT), change.before() == null ? "(blank)" : change.before(),
                    change.after() == null ? "(blank)" : truncate(change.after(), 60)));
        }
    }

    private void printSegments(SyncReport report, PrintWriter out) {
        if (report.segmentDistribution().isEmpty()) {
            return;
        }
        out.println();
        out.printf("Segments (%s upsell candidates)%n", counts.format(report.upsellCandidates()));
        report.segmentDistribution().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("  %-22s %7s%n", e.getKey(), counts.format(e.getValue())));
    }

    private void printExamples(SyncReport report, PrintWriter out) {
        if (report.examples().isEmpty()) {
            return;
        }
        out.println();
        out.println("Examples (the top account of each tier)");
        for (AccountOutcome example : report.examples()) {
            out.printf("  %-9s %-28s %s  %s%s%n", example.tier().picklistValue(),
                    truncate(example.name(), 28), example.accountId(), example.segmentation().reasons(),
                    example.previousTier() == null || example.previousTier() == example.tier() ? ""
                            : " (was " + example.previousTier().picklistValue() + ")");
        }
    }

    private void printFailures(SyncReport report, PrintWriter out) {
        if (report.failures().isEmpty()) {
            return;
        }
        out.println();
        out.println("Rejected by Salesforce");
        report.failures().stream().limit(FAILURES_SHOWN).forEach((WriteFailure failure) ->
                out.printf("  %s  %s: %s%n", failure.accountId(), failure.statusCode(), failure.message()));
        if (report.failures().size() > FAILURES_SHOWN) {
            out.printf("  ... and %d more%n", report.failures().size() - FAILURES_SHOWN);
        }
    }

    private static String truncate(String text, int width) {
        String value = text == null ? "(no name)" : text;
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
