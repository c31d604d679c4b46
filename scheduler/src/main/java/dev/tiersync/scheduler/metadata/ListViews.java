package dev.tiersync.scheduler.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Account list views for marketers and reps, by file name. */
final class ListViews {

    static final List<String> COLUMNS = List.of("ACCOUNT.NAME", "Tier__c", "Segment__c", "Value_Score__c", "Churn_Risk__c",
            "Upsell_Candidate__c", "Segment_Reasons__c", "CORE.USERS.ALIAS");

    private ListViews() {
    }

    static Map<String, String> all() {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("TierSync_Tier_A", view("TierSync_Tier_A", "TierSync: Tier A accounts", "Tier__c", "A"));
        views.put("TierSync_Churn_Risk_High", view("TierSync_Churn_Risk_High", "TierSync: churn risk High", "Churn_Risk__c", "High"));
        views.put("TierSync_Upsell_Candidates", view("TierSync_Upsell_Candidates", "TierSync: upsell candidates",
                "Upsell_Candidate__c", "1"));
        views.put("TierSync_Tier_Changed_30_Days", view("TierSync_Tier_Changed_30_Days", "TierSync: tier changed in 30 days",
                "Tier_Changed_On__c", "LAST_N_DAYS:30"));
        return views;
    }

    private static String view(String name, String label, String field, String value) {
        XmlDocument xml = XmlDocument.metadata("ListView").element("fullName", name);
        COLUMNS.forEach(column -> xml.element("columns", column));
        return xml.element("filterScope", "Everything")
                .start("filters").element("field", field).element("operation", "equals").element("value", value).end()
                .element("label", label)
                .finish();
    }
}
