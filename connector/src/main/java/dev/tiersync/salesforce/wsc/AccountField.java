package dev.tiersync.salesforce.wsc;

import dev.tiersync.domain.TierSyncField;
import dev.tiersync.salesforce.FieldRequirement;
import dev.tiersync.salesforce.FieldRequirement.Kind;

/** The Account fields TierSync reads, by API name. */
enum AccountField implements ApiField {
    ID("Id", Kind.ID, false),
    NAME("Name", Kind.TEXT, false),
    INDUSTRY("Industry", Kind.PICKLIST, false),
    ANNUAL_REVENUE("AnnualRevenue", Kind.NUMBER, false),
    NUMBER_OF_EMPLOYEES("NumberOfEmployees", Kind.NUMBER, false),
    BILLING_COUNTRY("BillingCountry", Kind.TEXT, false),
    TYPE("Type", Kind.PICKLIST, false),
    PARENT_ID("ParentId", Kind.REFERENCE, false),
    CREATED_DATE("CreatedDate", Kind.DATETIME, false),
    TIER("Tier__c", Kind.PICKLIST, true),
    MODEL_TIER("Model_Tier__c", Kind.PICKLIST, true),
    PREVIOUS_TIER("Previous_Tier__c", Kind.PICKLIST, true),
    TIER_CHANGED_ON("Tier_Changed_On__c", Kind.DATE, true),
    SEGMENT("Segment__c", Kind.PICKLIST, true),
    SIZE_BAND("Size_Band__c", Kind.PICKLIST, true),
    REGION("Region__c", Kind.PICKLIST, true),
    VALUE_SCORE("Value_Score__c", Kind.NUMBER, true),
    CHURN_RISK("Churn_Risk__c", Kind.PICKLIST, true),
    UPSELL_CANDIDATE("Upsell_Candidate__c", Kind.CHECKBOX, true),
    SEGMENT_REASONS("Segment_Reasons__c", Kind.TEXT, true),
    SEGMENTS_UPDATED_AT("Segments_Updated_At__c", Kind.DATETIME, true),
    TIER_OVERRIDE("Tier_Override__c", Kind.PICKLIST, false),
    TIER_OVERRIDE_UNTIL("Tier_Override_Until__c", Kind.DATE, false),
    TIER_OVERRIDE_REASON("Tier_Override_Reason__c", Kind.TEXT, false),
    SYSTEM_MODSTAMP("SystemModstamp", Kind.DATETIME, false),
    IS_DELETED("IsDeleted", Kind.CHECKBOX, false);

    private final String apiName;
    private final Kind kind;
    private final boolean written;

    AccountField(String apiName, Kind kind, boolean written) {
        this.apiName = apiName;
        this.kind = kind;
        this.written = written;
    }

    FieldRequirement requirement() {
        return new FieldRequirement("Account", apiName, kind, this == SEGMENT_REASONS ? 255 : 0, written);
    }

    @Override
    public String apiName() {
        return apiName;
    }

    /** The field that holds a TierSync value. */
    static AccountField of(TierSyncField field) {
        return switch (field) {
            case TIER -> TIER;
            case MODEL_TIER -> MODEL_TIER;
            case PREVIOUS_TIER -> PREVIOUS_TIER;
            case TIER_CHANGED_ON -> TIER_CHANGED_ON;
            case SEGMENT -> SEGMENT;
            case SIZE_BAND -> SIZE_BAND;
            case REGION -> REGION;
            case VALUE_SCORE -> VALUE_SCORE;
            case CHURN_RISK -> CHURN_RISK;
            case UPSELL_CANDIDATE -> UPSELL_CANDIDATE;
            case REASONS -> SEGMENT_REASONS;
        };
    }

    static String selectAll() {
        return ApiField.selectAll(values(), "Account");
    }
}
