package dev.tiersync.salesforce.wsc;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The Opportunity fields TierSync reads, by API name. */
enum OpportunityField {
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

    String apiName() {
        return apiName;
    }

    static String selectAll() {
        return "SELECT " + Arrays.stream(values()).map(OpportunityField::apiName).collect(Collectors.joining(", "))
                + " FROM Opportunity";
    }
}
