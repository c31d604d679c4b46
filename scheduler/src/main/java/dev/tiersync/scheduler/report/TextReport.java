package dev.tiersync.scheduler.report;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.fit.FitTier;
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
        out.printf("TierSync sync of %s as of %s%s: %s in %.1f s%n", org, report.run().asOf(),
                report.run().dryRun() ? " (dry run)" : "", report.status(), report.run().duration().toMillis() / 1000.0);
        out.printf("  pulled %s: %s accounts and %s opportunities through %s/%s%s (%s)%n",
                report.pull().full() ? "everything" : "what changed", counts.format(report.pull().accounts()),
                counts.format(report.pull().opportunities()), report.pull().accountRoute().name(), report.pull().opportunityRoute().name(),
                report.pull().deleted() + report.pull().removed() > 0
                        ? ", " + counts.format(report.pull().deleted() + report.pull().removed()) + " deleted" : "",
                report.pull().reason());
        var related = report.pull().related();
        if (!related.pulled().isEmpty()) {
            StringBuilder line = new StringBuilder("  also pulled:");
            related.pulled().forEach((object, n) -> line.append(' ').append(counts.format(n)).append(' ').append(object.apiName())
                    .append(" (").append(related.routes().get(object).name()).append(')').append(','));
            out.println(line.substring(0, line.length() - 1));
        }
        related.skipped().forEach(line -> out.println("  skipped: " + line));
        out.printf("  assessed %s accounts and %s opportunities (%s without an account, skipped)%n",
                counts.format(report.assessed().accounts()), counts.format(report.assessed().opportunities()),
                counts.format(report.assessed().opportunitiesWithoutAccount()));
        out.printf("  %s accounts to change, %s written%s, %s rejected; %s API calls%n",
                counts.format(report.changes().accounts()), counts.format(report.writes().accounts()),
                report.writes().bulk() ? " through the Bulk API" : "", counts.format(report.writes().failures().size()),
                counts.format(report.api().calls()));
        if (!report.phases().isEmpty()) {
            StringBuilder phases = new StringBuilder("  phases:");
            report.phases().forEach((phase, time) -> phases.append(' ').append(phase.label()).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f s", time.toMillis() / 1000.0)));
            if (report.writes().lockRetries() > 0) {
                phases.append("; ").append(counts.format(report.writes().lockRetries())).append(" records retried after a lock");
            }
            out.println(phases);
        }
        if (report.run().error() != null) {
            out.println("  stopped: " + report.run().error());
        }
        SyncReport.Brake brake = report.changes().brake();
        if (report.run().dryRun() && brake.engages()) {
            out.printf(Locale.ROOT, "  WARNING: the real run would stop at the safety brake (status BRAKED, exit code 6): %d of %d "
                    + "accounts (%.0f%%) would change tier, over the %.0f%% allowed; nothing would be written. If the changes "
                    + "are right, run with --force%n", brake.tierChanges(), brake.accounts(), 100 * brake.share(),
                    100 * brake.allowedShare());
        }
        printDistribution(report, out);
        printFieldChanges(report, out);
        printSegments(report, out);
        printExamples(report, out);
        printFailures(report, out);
        printPluginsSwitchedOff(report, out);
        OwnRecordsText.print(report, out, counts);
        printFit(report, out);
        out.flush();
    }

    private void printDistribution(SyncReport report, PrintWriter out) {
        if (report.findings().tiers().isEmpty()) {
            return;
        }
        int total = report.findings().tiers().values().stream().mapToInt(Integer::intValue).sum();
        out.println();
        out.println("Tier distribution");
        for (Tier tier : Tier.values()) {
            int count = report.findings().tiers().getOrDefault(tier, 0);
            int bar = total == 0 ? 0 : Math.round((float) BAR_WIDTH * count / total);
            out.printf("  %-9s %7s %5.1f%%  %s%n", tier.picklistValue(), counts.format(count),
                    total == 0 ? 0.0 : 100.0 * count / total, "#".repeat(bar));
        }
    }

    private void printFieldChanges(SyncReport report, PrintWriter out) {
        if (report.changes().byField().isEmpty()) {
            return;
        }
        out.println();
        out.printf("Changes by field (%s update calls%s)%n", counts.format(report.changes().plannedCalls()),
                report.run().dryRun() ? " a real run would spend" : "");
        report.changes().byField().forEach((field, count) -> out.printf("  %-18s %7s%n", field.name().toLowerCase(Locale.ROOT), counts.format(count)));
        if (!report.changes().samples().isEmpty()) {
            out.println("  for example:");
            report.changes().samples().forEach(change -> out.printf("    %s  %s: %s -> %s%n", change.accountId(),
                    change.field().name().toLowerCase(Locale.ROOT), change.before() == null ? "(blank)" : change.before(),
                    change.after() == null ? "(blank)" : truncate(change.after(), 60)));
        }
    }

    private void printSegments(SyncReport report, PrintWriter out) {
        if (report.findings().segments().isEmpty()) {
            return;
        }
        out.println();
        out.printf("Segments (%s upsell candidates)%n", counts.format(report.findings().upsellCandidates()));
        report.findings().segments().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("  %-22s %7s%n", e.getKey(), counts.format(e.getValue())));
    }

    private void printExamples(SyncReport report, PrintWriter out) {
        if (report.findings().examples().isEmpty()) {
            return;
        }
        out.println();
        out.println("Examples (the top account of each tier)");
        for (AccountOutcome example : report.findings().examples()) {
            out.printf("  %-9s %-28s %s  %s%s%n", example.tier().picklistValue(),
                    truncate(example.name(), 28), example.accountId(), example.segmentation().reasons(),
                    example.previousTier() == null || example.previousTier() == example.tier() ? ""
                            : " (was " + example.previousTier().picklistValue() + ")");
        }
    }

    private void printFailures(SyncReport report, PrintWriter out) {
        if (report.writes().failures().isEmpty()) {
            return;
        }
        out.println();
        out.println("Rejected by Salesforce");
        report.writes().failures().stream().limit(FAILURES_SHOWN).forEach((WriteFailure failure) ->
                out.printf("  %s  %s: %s%n", failure.accountId(), failure.statusCode(), failure.message()));
        if (report.writes().failures().size() > FAILURES_SHOWN) {
            out.printf("  ... and %d more%n", report.writes().failures().size() - FAILURES_SHOWN);
        }
    }

    private static void printPluginsSwitchedOff(SyncReport report, PrintWriter out) {
        if (report.plugins().disabled().isEmpty()) {
            return;
        }
        out.println();
        out.println("Plugins switched off (they threw; the run went on without them)");
        report.plugins().disabled().forEach(plugin -> out.println("  " + plugin.describe()));
    }

    /** What the fit learnt: the decision, the tier profile, the schemes, the chosen one (the tree as indented text), the lift. */
    private void printFit(SyncReport report, PrintWriter out) {
        report.fit().report().ifPresent(fit -> {
            out.println();
            fit.lines().forEach(out::println);
            StringBuilder tiers = new StringBuilder("Fit tiers:");
            for (FitTier tier : FitTier.values()) {
                tiers.append(' ').append(tier.picklistValue()).append(' ')
                        .append(counts.format(report.fit().tiers().getOrDefault(tier, 0)));
            }
            out.println(tiers);
        });
    }

    private static String truncate(String text, int width) {
        String value = text == null ? "(no name)" : text;
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
