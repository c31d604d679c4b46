package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.sobject.SObject;
import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.TierSyncValues;
import dev.tiersync.salesforce.AccountUpdate;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

/** Maps between Partner API sObjects and TierSync's records. */
final class RecordMapper {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private RecordMapper() {
    }

    static Account account(SObject record) {
        FieldValues values = new FieldValues(record);
        TierSyncValues current = new TierSyncValues(
                Tier.fromPicklistValue(values.text(AccountField.TIER.apiName())).orElse(null),
                values.instant(AccountField.SEGMENTS_UPDATED_AT.apiName()));
        return new Account(
                values.requiredText(AccountField.ID.apiName()),
                values.text(AccountField.NAME.apiName()),
                values.text(AccountField.INDUSTRY.apiName()),
                values.decimal(AccountField.ANNUAL_REVENUE.apiName()),
                values.integer(AccountField.NUMBER_OF_EMPLOYEES.apiName()),
                values.text(AccountField.BILLING_COUNTRY.apiName()),
                values.text(AccountField.TYPE.apiName()),
                values.text(AccountField.PARENT_ID.apiName()),
                values.instant(AccountField.CREATED_DATE.apiName()),
                current);
    }

    static Opportunity opportunity(SObject record) {
        FieldValues values = new FieldValues(record);
        return new Opportunity(
                values.requiredText(OpportunityField.ID.apiName()),
                values.text(OpportunityField.ACCOUNT_ID.apiName()),
                values.decimal(OpportunityField.AMOUNT.apiName()),
                values.text(OpportunityField.STAGE_NAME.apiName()),
                values.bool(OpportunityField.IS_CLOSED.apiName()),
                values.bool(OpportunityField.IS_WON.apiName()),
                values.date(OpportunityField.CLOSE_DATE.apiName()),
                values.instant(OpportunityField.CREATED_DATE.apiName()));
    }

    static SObject update(AccountUpdate update) {
        SObject record = new SObject("Account");
        record.setId(update.accountId());
        record.setField(AccountField.TIER.apiName(), update.tier().picklistValue());
        Calendar at = Calendar.getInstance(UTC);
        at.setTime(Date.from(update.segmentsUpdatedAt()));
        record.setField(AccountField.SEGMENTS_UPDATED_AT.apiName(), at);
        return record;
    }
}
