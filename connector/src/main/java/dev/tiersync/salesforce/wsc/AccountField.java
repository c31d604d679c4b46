package dev.tiersync.salesforce.wsc;

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
    SEGMENTS_UPDATED_AT("Segments_Updated_At__c");

    private final String apiName;

    AccountField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    static String selectAll() {
        return ApiField.selectAll(values(), "Account");
    }
}
