package dev.tiersync.scheduler.report;

import dev.tiersync.sync.SyncReport;
import java.io.PrintWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@link ReportDocument}s as JSON: the one JSON form of a report. */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportJson() {
    }

    /** The report as compact JSON text, as the history keeps it. */
    public static String toJson(SyncReport report, String org) {
        return MAPPER.writeValueAsString(ReportDocument.of(report, org));
    }

    /** The report as indented JSON, as {@code tiersync run --json} prints it. */
    public static void print(SyncReport report, String org, PrintWriter out) {
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ReportDocument.of(report, org)));
        out.flush();
    }

    /** A report the history kept. */
    public static ReportDocument parse(String json) {
        return MAPPER.readValue(json, ReportDocument.class);
    }
}
