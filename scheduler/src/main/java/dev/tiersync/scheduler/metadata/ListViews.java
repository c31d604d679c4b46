package dev.tiersync.scheduler.metadata;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.behaviour.DecisionChain;
import dev.tiersync.domain.behaviour.EngagementLevel;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.domain.signals.ChurnRisk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Account list views for marketers and reps, by file name. */
final class ListViews {

    static final List<String> COLUMNS = List.of("ACCOUNT.NAME", AccountFields.TIER.apiName(), AccountFields.SEGMENT.apiName(),
            AccountFields.VALUE_SCORE.apiName(), AccountFields.CHURN_RISK.apiName(), AccountFields.UPSELL_CANDIDATE.apiName(),
            AccountFields.REASONS.apiName(), "CORE.USERS.ALIAS");

    /** The columns of the Strong-fit prospects' view: who they are and how they fit, best fit first to read. */
    static final List<String> FIT_COLUMNS = List.of("ACCOUNT.NAME", AccountFields.FIT_TIER.apiName(), AccountFields.FIT_SCORE.apiName(),
            AccountFields.SIZE_BAND.apiName(), AccountFields.REGION.apiName(), AccountFields.REASONS.apiName(), "CORE.USERS.ALIAS");

    private ListViews() {
    }

    static Map<String, String> all() {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("TierSync_Tier_A", view("TierSync_Tier_A", "TierSync: Tier A accounts", AccountFields.TIER,
                Tier.A.picklistValue()));
        views.put("TierSync_Churn_Risk_High", view("TierSync_Churn_Risk_High", "TierSync: churn risk High",
                AccountFields.CHURN_RISK, ChurnRisk.HIGH.picklistValue()));
        views.put("TierSync_Upsell_Candidates", view("TierSync_Upsell_Candidates", "TierSync: upsell candidates",
                AccountFields.UPSELL_CANDIDATE, "1"));
        views.put("TierSync_Engagement_Low", view("TierSync_Engagement_Low", "TierSync: engagement Low or None",
                AccountFields.ENGAGEMENT, EngagementLevel.LOW.picklistValue() + "," + EngagementLevel.NONE.picklistValue()));
        views.put("TierSync_Decision_Chain_Long", view("TierSync_Decision_Chain_Long", "TierSync: long decision chain",
                AccountFields.DECISION_CHAIN, DecisionChain.LONG.picklistValue()));
        views.put("TierSync_Tier_Changed_30_Days", view("TierSync_Tier_Changed_30_Days", "TierSync: tier changed in 30 days",
                AccountFields.TIER_CHANGED_ON, "LAST_N_DAYS:30"));
        views.put("TierSync_Strong_Fit_Prospects", view("TierSync_Strong_Fit_Prospects", "TierSync: Strong-fit prospects",
                FIT_COLUMNS, AccountFields.SEGMENT, SegmentRules.STRONG_FIT_PROSPECTS));
        return views;
    }

    private static String view(String name, String label, Field<?> field, String value) {
        return view(name, label, COLUMNS, field, value);
    }

    private static String view(String name, String label, List<String> columns, Field<?> field, String value) {
        XmlDocument xml = XmlDocument.metadata("ListView").element("fullName", name);
        columns.forEach(column -> xml.element("columns", column));
        return xml.element("filterScope", "Everything")
                .start("filters").element("field", field.apiName()).element("operation", "equals").element("value", value).end()
                .element("label", label)
                .finish();
    }
}
