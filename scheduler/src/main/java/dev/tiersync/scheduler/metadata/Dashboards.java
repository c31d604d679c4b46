package dev.tiersync.scheduler.metadata;

import java.util.List;

/** The "TierSync overview" dashboard on the starter {@link Reports}: one chart or table per report, two to a row. */
final class Dashboards {

    static final String FOLDER = "TierSync";
    static final String OVERVIEW = "TierSync_Overview";

    private Dashboards() {
    }

    /** One component of the dashboard: a report shown as a chart or a table. */
    private record Component(String report, String type, String header) {
    }

    static String overview(List<String> reports) {
        List<Component> components = new java.util.ArrayList<>(List.of(
                new Component(Reports.SEGMENT_SIZES, "Donut", "Accounts per segment"),
                new Component(Reports.CHURN_HIGH_BY_OWNER, "Bar", "Churn risk High, by owner"),
                new Component(Reports.TIER_CHANGES_30_DAYS, "Line", "Changes in the last 30 days"),
                new Component(Reports.TIER_A_UPSELL, "FlexTable", "Tier A upsell candidates")));
        if (reports.contains(Reports.STRONG_FIT_PROSPECTS)) {
            components.add(new Component(Reports.STRONG_FIT_PROSPECTS, "FlexTable", "Prospects with a Strong fit"));
        }
        XmlDocument xml = XmlDocument.metadata("Dashboard")
                .element("backgroundEndColor", "#FFFFFF")
                .element("backgroundFadeDirection", "Diagonal")
                .element("backgroundStartColor", "#FFFFFF")
                .element("chartTheme", "light")
                .element("colorPalette", "unity")
                .start("dashboardGridLayout");
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            xml.start("dashboardGridComponents")
                    .element("colSpan", 6)
                    .element("columnIndex", (i % 2) * 6)
                    .start("dashboardComponent")
                    .element("autoselectColumnsFromReport", "true")
                    .element("componentType", component.type())
                    .element("header", component.header())
                    .element("report", Reports.FOLDER + "/" + component.report())
                    .element("showValues", "true")
                    .end()
                    .element("rowIndex", (i / 2) * 8)
                    .element("rowSpan", 8)
                    .end();
        }
        return xml.element("numberOfColumns", 12).element("rowHeight", 36).end()
                .element("dashboardType", "LoggedInUser")
                .element("description", "TierSync at a glance: segment sizes, churn risk High by owner, recent tier "
                        + "changes and upsell candidates.")
                .element("isGridLayout", "true")
                .element("textColor", "#000000")
                .element("title", "TierSync overview")
                .element("titleColor", "#000000")
                .element("titleSize", 12)
                .finish();
    }

    static String folder() {
        return XmlDocument.metadata("DashboardFolder").element("name", "TierSync").finish();
    }
}
