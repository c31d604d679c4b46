package dev.tiersync.sync;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.SegmentChangeFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.NewRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Segment_Change__c records a run creates: one for each account whose update changes its tier, segment, churn
 * risk or upsell flag in the org (a value the write policies keep from the org does not count). A first run records
 * each account's first tier as a change from blank. The record's key is the account's id and the time of the values
 * it changes from (Segments_Updated_At__c, 0 when blank): a run that stopped after creating it and before updating
 * the account, run again, sends the same key, and the org refuses the second record.
 */
final class SegmentChangePlan {

    /** The Account fields whose change is recorded. */
    static final List<Field<?>> TRACKED = List.of(AccountFields.TIER, AccountFields.SEGMENT, AccountFields.CHURN_RISK,
            AccountFields.UPSELL_CANDIDATE);

    private SegmentChangePlan() {
    }

    static List<NewRecord> of(List<AccountUpdate> updates, OrgSnapshot snapshot, String runId, LocalDate today) {
        List<NewRecord> records = new ArrayList<>();
        for (AccountUpdate update : updates) {
            if (TRACKED.stream().noneMatch(update.changed()::contains)) {
                continue;
            }
            Account account = snapshot.account(update.accountId());
            FieldValues before = account.current();
            FieldValues after = update.appliedTo(before);
            records.add(new NewRecord(SegmentChangeFields.ALL, FieldValues.builder()
                    .set(SegmentChangeFields.ACCOUNT, account.id())
                    .set(SegmentChangeFields.FROM_TIER, before.get(AccountFields.TIER))
                    .set(SegmentChangeFields.TO_TIER, after.get(AccountFields.TIER))
                    .set(SegmentChangeFields.FROM_SEGMENT, before.get(AccountFields.SEGMENT))
                    .set(SegmentChangeFields.SEGMENT, after.get(AccountFields.SEGMENT))
                    .set(SegmentChangeFields.CHURN_RISK, after.get(AccountFields.CHURN_RISK))
                    .set(SegmentChangeFields.UPSELL_CANDIDATE, Boolean.TRUE.equals(after.get(AccountFields.UPSELL_CANDIDATE)))
                    .set(SegmentChangeFields.REASONS, after.get(AccountFields.REASONS))
                    .set(SegmentChangeFields.CHANGED_ON, today)
                    .set(SegmentChangeFields.RUN_ID, runId)
                    .set(SegmentChangeFields.CHANGE_KEY, key(account.id(), before.get(AccountFields.SEGMENTS_UPDATED_AT)))
                    .build(), account.id()));
        }
        return List.copyOf(records);
    }

    static String key(String accountId, Instant changedFrom) {
        return accountId + "-" + (changedFrom == null ? 0 : changedFrom.toEpochMilli());
    }

    /** How a report lists a planned change: "tier B to A, segment Growth to Strategic". */
    static PlannedRecord listed(NewRecord change) {
        FieldValues values = change.values();
        return new PlannedRecord(change.object(), change.subjectId(), "tier " + tier(values.get(SegmentChangeFields.FROM_TIER))
                + " to " + tier(values.get(SegmentChangeFields.TO_TIER)) + ", segment "
                + text(values.get(SegmentChangeFields.FROM_SEGMENT)) + " to " + text(values.get(SegmentChangeFields.SEGMENT))
                + ", churn risk " + (values.get(SegmentChangeFields.CHURN_RISK) == null ? "blank"
                        : values.get(SegmentChangeFields.CHURN_RISK).picklistValue())
                + (Boolean.TRUE.equals(values.get(SegmentChangeFields.UPSELL_CANDIDATE)) ? ", upsell candidate" : ""));
    }

    private static String tier(Tier tier) {
        return tier == null ? "blank" : tier.picklistValue();
    }

    private static String text(String text) {
        return text == null ? "blank" : text;
    }
}
