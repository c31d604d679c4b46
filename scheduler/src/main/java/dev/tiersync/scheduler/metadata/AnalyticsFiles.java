package dev.tiersync.scheduler.metadata;

import java.util.List;
import java.util.Map;

/** Where the report types, the starter reports and the dashboard go in the project, with their folders. */
final class AnalyticsFiles {

    private AnalyticsFiles() {
    }

    static void put(Map<String, String> files) {
        String root = MetadataProject.DEFAULT;
        ReportTypes.all().forEach((name, xml) -> files.put(root + "reportTypes/" + name + ".reportType-meta.xml", xml));
        files.put(root + "reports/" + Reports.FOLDER + ".reportFolder-meta.xml", Reports.folder());
        Map<String, String> reports = Reports.all();
        reports.forEach((name, xml) -> files.put(root + "reports/" + Reports.FOLDER + "/" + name + ".report-meta.xml", xml));
        files.put(root + "dashboards/" + Dashboards.FOLDER + ".dashboardFolder-meta.xml", Dashboards.folder());
        files.put(root + "dashboards/" + Dashboards.FOLDER + "/" + Dashboards.OVERVIEW + ".dashboard-meta.xml",
                Dashboards.overview(List.copyOf(reports.keySet())));
    }
}
