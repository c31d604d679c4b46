package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.sobject.SObject;
import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.Pin;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.TierSyncField;
import dev.tiersync.domain.TierSyncValues;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.signals.ChurnRisk;
import java.util.ArrayList;
import java.util.List;
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
        return account(new FieldValues(record));
    }

    static Account account(FieldValues values) {
        TierSyncValues current = new TierSyncValues(
                tier(values, AccountField.TIER),
                tier(values, AccountField.MODEL_TIER),
                tier(values, AccountField.PREVIOUS_TIER),
                values.date(AccountField.TIER_CHANGED_ON.apiName()),
                values.text(AccountField.SEGMENT.apiName()),
                SizeBand.fromPicklistValue(values.text(AccountField.SIZE_BAND.apiName())).orElse(null),
                Region.fromPicklistValue(values.text(AccountField.REGION.apiName())).orElse(null),
                values.decimal(AccountField.VALUE_SCORE.apiName()) == null ? null
                        : values.decimal(AccountField.VALUE_SCORE.apiName()).doubleValue(),
                ChurnRisk.fromPicklistValue(values.text(AccountField.CHURN_RISK.apiName())).orElse(null),
                values.text(AccountField.UPSELL_CANDIDATE.apiName()) == null ? null
                        : values.bool(AccountField.UPSELL_CANDIDATE.apiName()),
                values.text(AccountField.SEGMENT_REASONS.apiName()),
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
                current,
                new Pin(tier(values, AccountField.TIER_OVERRIDE), values.date(AccountField.TIER_OVERRIDE_UNTIL.apiName()),
                        values.text(AccountField.TIER_OVERRIDE_REASON.apiName())));
    }

    private static Tier tier(FieldValues values, AccountField field) {
        return Tier.fromPicklistValue(values.text(field.apiName())).orElse(null);
    }

    static Opportunity opportunity(SObject record) {
        return opportunity(new FieldValues(record));
    }

    static Opportunity opportunity(FieldValues values) {
        return new Opportunity(
                values.requiredText(OpportunityField.ID.apiName()),
                values.text(OpportunityField.ACCOUNT_ID.apiName()),
                values.decimal(OpportunityField.AMOUNT.apiName()) == null ? 0
                        : values.decimal(OpportunityField.AMOUNT.apiName()).doubleValue(),
                values.text(OpportunityField.STAGE_NAME.apiName()),
                values.bool(OpportunityField.IS_CLOSED.apiName()),
                values.bool(OpportunityField.IS_WON.apiName()),
                values.date(OpportunityField.CLOSE_DATE.apiName()),
                values.instant(OpportunityField.CREATED_DATE.apiName()));
    }

    /** The changed fields and the timestamp; a changed field whose new value is null goes to fieldsToNull. */
    static SObject update(AccountUpdate update) {
        SObject record = new SObject("Account");
        record.setId(update.accountId());
        List<String> toNull = new ArrayList<>();
        for (TierSyncField field : update.changed()) {
            String apiName = AccountField.of(field).apiName();
            Object value = wireValue(field.valueIn(update.values()));
            if (value == null) {
                toNull.add(apiName);
            } else {
                record.setField(apiName, value);
            }
        }
        Calendar at = Calendar.getInstance(UTC);
        at.setTime(Date.from(update.values().segmentsUpdatedAt()));
        record.setField(AccountField.SEGMENTS_UPDATED_AT.apiName(), at);
        if (!toNull.isEmpty()) {
            record.setFieldsToNull(toNull.toArray(String[]::new));
        }
        return record;
    }

    private static Object wireValue(Object value) {
        if (value instanceof java.time.LocalDate day) {
            return day.toString();
        }
        if (value instanceof Tier tier) {
            return tier.picklistValue();
        }
        if (value instanceof SizeBand band) {
            return band.picklistValue();
        }
        if (value instanceof Region region) {
            return region.picklistValue();
        }
        if (value instanceof ChurnRisk risk) {
            return risk.picklistValue();
        }
        return value;
    }
}
