package dev.tiersync.domain.catalog;

import static dev.tiersync.domain.fields.FieldRole.COMPUTED;
import static dev.tiersync.domain.fields.FieldRole.SYSTEM;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.fields.CustomObject;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldMetadata;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldType;
import dev.tiersync.domain.fields.ObjectMetadata;
import dev.tiersync.domain.fields.Relationship;
import dev.tiersync.domain.signals.ChurnRisk;
import java.time.LocalDate;

/**
 * Segment_Change__c, TierSync's tier history as records: one per account and run in which the tier, segment,
 * churn risk or upsell flag changed, under the account (master-detail, so it goes with the account and
 * its page lists them). Declared once; the metadata generator, the permission sets and the adapter derive
 * from it. The sync creates these records and never changes them; a retention may delete old ones.
 */
public final class SegmentChangeFields {

    private static final FieldSet.Builder FIELDS = FieldSet.of("Segment_Change__c");

    /** The child relationship the Account page and the TierSync card list the changes by. */
    public static final Relationship ACCOUNT_CHANGES = new Relationship("Account", "Segment_Changes", "Segment Changes");

    public static final Field<String> ID = FIELDS.add("ID", "Id", FieldType.id(), SYSTEM, null);
    public static final Field<String> ACCOUNT = FIELDS.custom("ACCOUNT", "Account__c", FieldType.masterDetail(ACCOUNT_CHANGES),
            COMPUTED, null, FieldMetadata.of("Account",
                    "The account whose TierSync values changed. Set by TierSync when it creates the record.",
                    "The account this change is about."));
    public static final Field<Tier> FROM_TIER = FIELDS.custom("FROM_TIER", "From_Tier__c", FieldType.picklist(Tier.class),
            COMPUTED, null, FieldMetadata.of("From Tier",
                    "The account's tier before the change; blank for the first tier TierSync gave it.",
                    "What the tier was before this change."));
    public static final Field<Tier> TO_TIER = FIELDS.custom("TO_TIER", "To_Tier__c", FieldType.picklist(Tier.class), COMPUTED,
            null, FieldMetadata.of("To Tier",
                    "The account's tier after the change: what TierSync wrote to Tier (a rep's pin while one is in force).",
                    "The tier the account got with this change."));
    public static final Field<String> FROM_SEGMENT = FIELDS.custom("FROM_SEGMENT", "From_Segment__c", FieldType.text(255),
            COMPUTED, null, FieldMetadata.of("From Segment",
                    "The account's segment before the change; blank for the first segment TierSync gave it. Text, not a "
                            + "picklist, so the names of segments the rules no longer have stay readable.",
                    "The segment the account left with this change."));
    public static final Field<String> SEGMENT = FIELDS.custom("SEGMENT", "Segment__c", FieldType.text(255), COMPUTED, null,
            FieldMetadata.of("Segment",
                    "The account's segment after the change, as TierSync's rules named it then.",
                    "The segment the account is in after this change."));
    public static final Field<ChurnRisk> CHURN_RISK = FIELDS.custom("CHURN_RISK", "Churn_Risk__c",
            FieldType.picklist(ChurnRisk.class), COMPUTED, null, FieldMetadata.of("Churn Risk",
                    "The account's churn risk after the change.",
                    "Whether the customer looked likely to leave after this change."));
    public static final Field<Boolean> UPSELL_CANDIDATE = FIELDS.custom("UPSELL_CANDIDATE", "Upsell_Candidate__c",
            FieldType.checkbox(), COMPUTED, null, FieldMetadata.of("Upsell Candidate",
                    "Whether TierSync flagged the account as an upsell candidate after the change.",
                    "Checked when the customer looked ready to buy more after this change."));
    public static final Field<String> REASONS = FIELDS.custom("REASONS", "Reasons__c", FieldType.text(255), COMPUTED, null,
            FieldMetadata.of("Reasons",
                    "TierSync's one-sentence explanation of the tier, churn risk and upsell flag at the change.",
                    "Why the account changed, in one sentence."));
    public static final Field<LocalDate> CHANGED_ON = FIELDS.custom("CHANGED_ON", "Changed_On__c", FieldType.date(), COMPUTED,
            null, FieldMetadata.of("Changed On",
                    "The day (UTC) of the TierSync run that made the change. The retention deletes records by it.",
                    "When the change happened."));
    public static final Field<String> RUN_ID = FIELDS.custom("RUN_ID", "Run_Id__c", FieldType.text(40), COMPUTED, null,
            FieldMetadata.of("Run Id",
                    "The TierSync run that made the change (its start, in UTC), as TierSync's run history names it.",
                    "Which TierSync run made this change."));
    public static final Field<String> CHANGE_KEY = FIELDS.custom("CHANGE_KEY", "Change_Key__c", FieldType.text(40), COMPUTED,
            null, FieldMetadata.of("Change Key",
                    "Unique key of the change: the account's id and the time of the values it changed from. A run that "
                            + "stopped half-way and is run again sends the same key, so the org refuses a second record.",
                    "TierSync's key for this change; leave it as it is.").asUniqueKey());

    public static final FieldSet ALL = FIELDS.build();

    /** The object, with how it reads in Salesforce. */
    public static final CustomObject OBJECT = new CustomObject(ALL, new ObjectMetadata("Segment Change", "Segment Changes",
            "TierSync's tier history: one record per account and run in which the tier, segment, churn risk or upsell flag "
                    + "changed. Created by the TierSync integration user, never changed; a retention may delete old ones.",
            "Segment Change", "SC-{000000}"));

    private SegmentChangeFields() {
    }
}
