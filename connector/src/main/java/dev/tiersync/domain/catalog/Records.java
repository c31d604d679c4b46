package dev.tiersync.domain.catalog;

import static dev.tiersync.domain.catalog.AccountFields.ANNUAL_REVENUE;
import static dev.tiersync.domain.catalog.AccountFields.BILLING_COUNTRY;
import static dev.tiersync.domain.catalog.AccountFields.INDUSTRY;
import static dev.tiersync.domain.catalog.AccountFields.NAME;
import static dev.tiersync.domain.catalog.AccountFields.NUMBER_OF_EMPLOYEES;
import static dev.tiersync.domain.catalog.AccountFields.PARENT_ID;
import static dev.tiersync.domain.catalog.AccountFields.TIER_OVERRIDE;
import static dev.tiersync.domain.catalog.AccountFields.TIER_OVERRIDE_REASON;
import static dev.tiersync.domain.catalog.AccountFields.TIER_OVERRIDE_UNTIL;
import static dev.tiersync.domain.catalog.AccountFields.WEBSITE;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.Pin;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldValues;
import java.util.List;

/**
 * The one mapping between the domain's records and the catalog's field values, shared by everything
 * that reads records field by field: the adapter from the wire, the snapshot store from its columns.
 */
public final class Records {

    private static final List<Field<?>> TIERSYNC_VALUES = AccountFields.ALL.written();

    private Records() {
    }

    public static Account account(FieldValues values) {
        return new Account(values.get(AccountFields.ID), values.get(NAME), values.get(INDUSTRY), values.get(ANNUAL_REVENUE),
                values.get(NUMBER_OF_EMPLOYEES), values.get(BILLING_COUNTRY), values.get(AccountFields.TYPE),
                values.get(WEBSITE), values.get(PARENT_ID), values.get(AccountFields.CREATED_DATE), values.only(TIERSYNC_VALUES),
                new Pin(values.get(TIER_OVERRIDE), values.get(TIER_OVERRIDE_UNTIL), values.get(TIER_OVERRIDE_REASON)));
    }

    public static FieldValues values(Account account) {
        return FieldValues.builder()
                .set(AccountFields.ID, account.id())
                .set(NAME, account.name())
                .set(INDUSTRY, account.industry())
                .set(ANNUAL_REVENUE, account.annualRevenue())
                .set(NUMBER_OF_EMPLOYEES, account.numberOfEmployees())
                .set(BILLING_COUNTRY, account.billingCountry())
                .set(AccountFields.TYPE, account.type())
                .set(WEBSITE, account.website())
                .set(PARENT_ID, account.parentId())
                .set(AccountFields.CREATED_DATE, account.createdDate())
                .set(TIER_OVERRIDE, account.pin().tier())
                .set(TIER_OVERRIDE_UNTIL, account.pin().until())
                .set(TIER_OVERRIDE_REASON, account.pin().reason())
                .build()
                .withAll(account.current(), TIERSYNC_VALUES);
    }

    /** An opportunity; no amount reads as 0, an unset flag as false. */
    public static Opportunity opportunity(FieldValues values) {
        Double amount = values.get(OpportunityFields.AMOUNT);
        return new Opportunity(values.get(OpportunityFields.ID), values.get(OpportunityFields.ACCOUNT_ID),
                amount == null ? 0 : amount, values.get(OpportunityFields.STAGE_NAME),
                Boolean.TRUE.equals(values.get(OpportunityFields.IS_CLOSED)), Boolean.TRUE.equals(values.get(OpportunityFields.IS_WON)),
                values.get(OpportunityFields.CLOSE_DATE), values.get(OpportunityFields.CREATED_DATE));
    }

    public static FieldValues values(Opportunity opportunity) {
        return FieldValues.builder()
                .set(OpportunityFields.ID, opportunity.id())
                .set(OpportunityFields.ACCOUNT_ID, opportunity.accountId())
                .set(OpportunityFields.AMOUNT, opportunity.amount())
                .set(OpportunityFields.STAGE_NAME, opportunity.stageName())
                .set(OpportunityFields.IS_CLOSED, opportunity.closed())
                .set(OpportunityFields.IS_WON, opportunity.won())
                .set(OpportunityFields.CLOSE_DATE, opportunity.closeDate())
                .set(OpportunityFields.CREATED_DATE, opportunity.createdDate())
                .build();
    }
}
