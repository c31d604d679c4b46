package dev.tiersync.scheduler.metadata;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.SegmentChangeFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.signals.ChurnRisk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The starter reports in the TierSync report folder, by name, on the {@link ReportTypes}. The prospects-with-a-Strong-
 * fit report is written only when the catalog has the fit model's Fit_Tier__c.
 */
final class Reports {

    static final String FOLDER = "TierSync";
    static final String TIER_A_UPSELL = "TierSync_Tier_A_Upsell_Candidates";
    static final String CHURN_HIGH_BY_OWNER = "TierSync_Churn_Risk_High_By_Owner";
    static final String TIER_CHANGES_30_DAYS = "TierSync_Tier_Changes_Last_30_Days";
    static final String SEGMENT_SIZES = "TierSync_Segment_Sizes";
    static final String STRONG_FIT_PROSPECTS = "TierSync_Prospects_With_Strong_Fit";
    /** The fit model's tier on Account, when the catalog has it. */
    static final String FIT_TIER = "Fit_Tier__c";
    static final String STRONG = "Strong";

    private static final List<String> ACCOUNT_COLUMNS = List.of(ReportTypes.accountColumn("Name"),
            ReportTypes.column(AccountFields.TIER), ReportTypes.column(AccountFields.SEGMENT),
            ReportTypes.column(AccountFields.CHURN_RISK), ReportTypes.column(AccountFields.UPSELL_CANDIDATE),
            ReportTypes.column(AccountFields.REASONS));

    private Reports() {
    }

    /** A filter on one column. */
    private record Criterion(String column, String operator, String value) {
    }

    static Map<String, String> all() {
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put(TIER_A_UPSELL, report("TierSync: tier A upsell candidates", "Tier A customers TierSync flags as ready "
                        + "to buy more, with the reasons.", ReportTypes.ACCOUNTS, ACCOUNT_COLUMNS, null,
                List.of(new Criterion(ReportTypes.column(AccountFields.TIER), "equals", Tier.A.picklistValue()),
                        new Criterion(ReportTypes.column(AccountFields.UPSELL_CANDIDATE), "equals", "1")), null));
        reports.put(CHURN_HIGH_BY_OWNER, report("TierSync: churn risk High by owner", "Customers TierSync judges at "
                        + "High risk of churning, grouped by account owner.", ReportTypes.ACCOUNTS, ACCOUNT_COLUMNS,
                ReportTypes.accountColumn("Owner"),
                List.of(new Criterion(ReportTypes.column(AccountFields.CHURN_RISK), "equals", ChurnRisk.HIGH.picklistValue())), null));
        List<String> changeColumns = new ArrayList<>(List.of(ReportTypes.accountColumn("Name")));
        List.of(SegmentChangeFields.FROM_TIER, SegmentChangeFields.TO_TIER, SegmentChangeFields.FROM_SEGMENT,
                        SegmentChangeFields.SEGMENT, SegmentChangeFields.REASONS)
                .forEach(field -> changeColumns.add(ReportTypes.column(field)));
        reports.put(TIER_CHANGES_30_DAYS, report("TierSync: tier changes in the last 30 days", "Every change of tier, "
                        + "segment, churn risk or upsell flag TierSync recorded in the last 30 days, by day.",
                ReportTypes.ACCOUNTS_WITH_CHANGES, changeColumns, ReportTypes.column(SegmentChangeFields.CHANGED_ON), List.of(),
                ReportTypes.column(SegmentChangeFields.CHANGED_ON)));
        reports.put(SEGMENT_SIZES, report("TierSync: segment sizes", "How many accounts each of TierSync's segments holds.",
                ReportTypes.ACCOUNTS, List.of(ReportTypes.accountColumn("Name"), ReportTypes.column(AccountFields.TIER)),
                ReportTypes.column(AccountFields.SEGMENT), List.of(), null));
        Optional<Field<?>> fitTier = AccountFields.ALL.find(FIT_TIER);
        fitTier.ifPresent(field -> reports.put(STRONG_FIT_PROSPECTS, report("TierSync: prospects with a Strong fit",
                "Prospects whose fit TierSync's model rates Strong: the accounts most like our best customers.",
                ReportTypes.ACCOUNTS, List.of(ReportTypes.accountColumn("Name"), ReportTypes.column(field),
                        ReportTypes.column(AccountFields.SEGMENT), ReportTypes.column(AccountFields.REASONS)), null,
                List.of(new Criterion(ReportTypes.column(AccountFields.TIER), "equals", Tier.PROSPECT.picklistValue()),
                        new Criterion(ReportTypes.column(field), "equals", STRONG)), null)));
        return reports;
    }

    /**
     * @param groupBy the column a summary report groups by; null for a tabular report
     * @param lastThirtyDays the date column limited to the last 30 days; null for all time
     */
    private static String report(String name, String description, String reportType, List<String> columns, String groupBy,
                                 List<Criterion> criteria, String lastThirtyDays) {
        XmlDocument xml = XmlDocument.metadata("Report");
        columns.stream().filter(column -> !column.equals(groupBy)).forEach(column -> xml.start("columns").element("field", column).end());
        xml.element("description", description);
        if (!criteria.isEmpty()) {
            xml.start("filter");
            for (Criterion criterion : criteria) {
                xml.start("criteriaItems").element("column", criterion.column()).element("columnToColumn", "false")
                        .element("isUnlocked", "true").element("operator", criterion.operator())
                        .element("value", criterion.value()).end();
            }
            xml.end();
        }
        xml.element("format", groupBy == null ? "Tabular" : "Summary");
        if (groupBy != null) {
            xml.start("groupingsDown").element("dateGranularity", "Day").element("field", groupBy)
                    .element("sortOrder", "Asc").end();
        }
        xml.element("name", name)
                .element("reportType", reportType + "__c")
                .element("scope", "organization")
                .element("showDetails", "true")
                .element("showGrandTotal", "true")
                .element("showSubTotals", "true");
        if (lastThirtyDays != null) {
            xml.start("timeFrameFilter").element("dateColumn", lastThirtyDays).element("interval", "INTERVAL_LAST30").end();
        }
        return xml.finish();
    }

    static String folder() {
        return XmlDocument.metadata("ReportFolder").element("name", "TierSync").finish();
    }
}
