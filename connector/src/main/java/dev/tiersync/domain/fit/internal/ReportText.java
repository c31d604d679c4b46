package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.Contrast;
import dev.tiersync.domain.fit.FitPopulation;
import dev.tiersync.domain.fit.FitReport;
import dev.tiersync.domain.fit.LiftChart;
import dev.tiersync.domain.fit.RankedCustomer;
import dev.tiersync.domain.fit.SchemeEvaluation;
import dev.tiersync.domain.fit.TierProfile;
import dev.tiersync.domain.signals.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fit report as text for the command line. */
public final class ReportText {

    private static final int[] LIFT_POINTS = {0, 10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100};

    private ReportText() {
    }

    public static List<String> lines(FitReport report) {
        List<String> lines = new ArrayList<>();
        FitPopulation p = report.population();
        lines.add("Fit: " + report.decision());
        lines.add(String.format(Locale.ROOT, "  %,d accounts: %,d established customers (learnt from %,d), %,d new customers, %,d prospects",
                p.accounts(), p.customers(), p.learntFrom(), p.newCustomers(), p.prospects()));
        report.notes().forEach(note -> lines.add("  " + note));
        report.profile().ifPresent(profile -> profile(profile, lines));
        if (!report.schemes().isEmpty()) {
            lines.add("Schemes, judged on customers they did not learn from");
            for (SchemeEvaluation e : report.schemes()) {
                lines.add("  " + e.verdict());
            }
        }
        report.chosenEvaluation().ifPresent(e -> {
            lines.add("Chosen scheme: " + e.kind().label());
            e.description().forEach(line -> lines.add("  " + line));
        });
        if (!report.schemes().isEmpty()) {
            lines.add("Lift chart: share of the actual top 25% found in the top X% of each ranking");
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-24s", "X"));
            for (int x : LIFT_POINTS) {
                header.append(String.format(Locale.ROOT, "%5d%%", x));
            }
            lines.add(header.toString());
            LiftChart any = report.schemes().get(0).lift();
            for (SchemeEvaluation e : report.schemes()) {
                lines.add(curve(e.kind().label(), e.lift(), false));
            }
            lines.add(curve("perfect", any, true));
            StringBuilder diagonal = new StringBuilder(String.format(Locale.ROOT, "  %-24s", "diagonal (no model)"));
            for (int x : LIFT_POINTS) {
                diagonal.append(String.format(Locale.ROOT, "%5d%%", x));
            }
            lines.add(diagonal.toString());
        }
        return lines;
    }

    private static void profile(TierProfile profile, List<String> lines) {
        lines.add(String.format(Locale.ROOT, "Tier profile: %,d customers by %s of the quality score (%s)", profile.customers(),
                profile.groups().size() == 4 ? "quartile" : "decile", groupSizes(profile)));
        lines.add("  A against D, most different first (effect 0-1, p-value, what differs)");
        for (Contrast c : profile.contrasts()) {
            lines.add(String.format(Locale.ROOT, "  %-18s %5s  p %-8s %s", c.variable().label(),
                    Double.isNaN(c.effect()) ? "n/a" : String.format(Locale.ROOT, "%.2f", c.effect()), LinearScheme.pValue(c.pValue()),
                    c.summary()));
        }
        lines.add("  Top ten customers by quality score");
        profile.top().forEach(c -> lines.add(ranked(c)));
        lines.add("  Bottom ten customers by quality score");
        profile.bottom().forEach(c -> lines.add(ranked(c)));
    }

    private static String groupSizes(TierProfile profile) {
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < profile.groups().size(); g++) {
            parts.add(profile.groups().get(g) + " " + profile.groupSizes().get(g));
        }
        return String.join(", ", parts);
    }

    private static String ranked(RankedCustomer c) {
        return String.format(Locale.ROOT, "    %-2s %-28s %-20s %8s  %s", c.group(), abbreviate(c.name(), 28), c.accountId(),
                Money.compact(c.quality()), c.traits());
    }

    private static String curve(String label, LiftChart lift, boolean perfect) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-24s", label));
        for (int x : LIFT_POINTS) {
            double y = perfect ? lift.perfectAt(x / 100.0) : lift.captureAt(x / 100.0);
            line.append(String.format(Locale.ROOT, "%5.0f%%", 100 * y));
        }
        return line.toString();
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
