package dev.tiersync.salesforce.wsc;

import dev.tiersync.salesforce.FieldRequirement;
import dev.tiersync.salesforce.FieldRequirement.Kind;

/** The Opportunity fields TierSync reads, by API name. */
enum OpportunityField implements ApiField {
    ID("Id", Kind.ID),
    ACCOUNT_ID("AccountId", Kind.REFERENCE),
    AMOUNT("Amount", Kind.NUMBER),
    STAGE_NAME("StageName", Kind.PICKLIST),
    IS_CLOSED("IsClosed", Kind.CHECKBOX),
    IS_WON("IsWon", Kind.CHECKBOX),
    CLOSE_DATE("CloseDate", Kind.DATE),
    CREATED_DATE("CreatedDate", Kind.DATETIME),
    SYSTEM_MODSTAMP("SystemModstamp", Kind.DATETIME),
    IS_DELETED("IsDeleted", Kind.CHECKBOX);

    private final String apiName;
    private final Kind kind;

    OpportunityField(String apiName, Kind kind) {
        this.apiName = apiName;
        this.kind = kind;
    }

    FieldRequirement requirement() {
        return new FieldRequirement("Opportunity", apiName, kind, 0, false);
    }

    @Override
    public String apiName() {
        return apiName;
    }

    static String selectAll() {
        return ApiField.selectAll(values(), "Opportunity");
    }
}
