package dev.tiersync.salesforce.wsc;

/** The Opportunity fields TierSync reads, by API name. */
enum OpportunityField implements ApiField {
    ID("Id"),
    ACCOUNT_ID("AccountId"),
    AMOUNT("Amount"),
    STAGE_NAME("StageName"),
    IS_CLOSED("IsClosed"),
    IS_WON("IsWon"),
    CLOSE_DATE("CloseDate"),
    CREATED_DATE("CreatedDate");

    private final String apiName;

    OpportunityField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    static String selectAll() {
        return ApiField.selectAll(values(), "Opportunity");
    }
}
