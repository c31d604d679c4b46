package dev.tiersync.scheduler.cli;

import dev.tiersync.scheduler.report.ReportJson;
import dev.tiersync.scheduler.report.TextReport;
import dev.tiersync.sync.SyncReport;
import java.io.PrintWriter;

/** Prints a report as text or JSON. */
final class ReportFormat {

    private ReportFormat() {
    }

    static void print(SyncReport report, String org, boolean json, PrintWriter out) {
        if (json) {
            ReportJson.print(report, org, out);
        } else {
            new TextReport().print(report, org, out);
        }
    }
}
