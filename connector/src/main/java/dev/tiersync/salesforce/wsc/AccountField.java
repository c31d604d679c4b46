package dev.tiersync.salesforce.wsc;

import dev.tiersync.domain.TierSyncField;

/** The Account fields TierSync reads, by API name. */
enum AccountField implements ApiField {
    ID("Id"),
    NAME("Name"),
    INDUSTRY("Industry"),
    ANNUAL_REVENUE("AnnualRevenue"),
    NUMBER_OF_EMPLOYEES("NumberOfEmployees"),
    BILLING_COUNTRY("BillingCountry"),
    TYPE("Type"),
    PARENT_ID("ParentId"),
    CREATED_DATE("CreatedDate"),
    TIER("Tier__c"),
    SEGMENT("Segment__c"),
    SIZE_BAND("Size_Band__c"),
    REGION("Region__c"),
    VALUE_SCORE("Value_Score__c"),
    CHURN_RISK("Churn_Risk__c"),
    UPSELL_CANDIDATE("Upsell_Candidate__c"),
    SEGMENT_REASONS("Segment_Reasons__c"),
    SEGMENTS_UPDATED_AT("Segments_Updated_At__c");

    private final String apiName;

    AccountField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    /** The field that holds a TierSync value. */
    static AccountField of(TierSyncField field) {
        return switch (field) {
            case TIER -> TIER;
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
