package dev.tiersync.domain.catalog;

import static dev.tiersync.domain.fields.FieldRole.COMPUTED;
import static dev.tiersync.domain.fields.FieldRole.PIN;
import static dev.tiersync.domain.fields.FieldRole.READ;
import static dev.tiersync.domain.fields.FieldRole.STAMP;
import static dev.tiersync.domain.fields.FieldRole.SYSTEM;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.behaviour.DecisionChain;
import dev.tiersync.domain.behaviour.EngagementLevel;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldMetadata;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldType;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.signals.ChurnRisk;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Every Account field TierSync reads or writes, declared once: its API name, type, role, snapshot column,
 * and, for TierSync's custom fields, the label, description and help the metadata generator writes.
 * TierSync's own values come first, so the values an account holds stay small.
 */
public final class AccountFields {

    private static final FieldSet.Builder FIELDS = FieldSet.of("Account");

    public static final Field<Tier> TIER = FIELDS.custom("TIER", "Tier__c", FieldType.picklist(Tier.class), COMPUTED, "tier",
            FieldMetadata.of("Tier",
                    "The account's tier as TierSync last wrote it: the model's tier, or the rep's pinned tier while a pin "
                            + "(Tier Override) is in force. Written by the TierSync integration user; set a pin instead of editing it.",
                    "How much this account is worth to us compared with our other customers: A is the best, D the least; "
                            + "New is a recent first customer, Prospect has never bought. See Segment Reasons for why.")
                    .trackingHistory());
    public static final Field<Tier> MODEL_TIER = FIELDS.custom("MODEL_TIER", "Model_Tier__c", FieldType.picklist(Tier.class),
            COMPUTED, "model_tier", FieldMetadata.of("Model Tier",
                    "The tier TierSync's model computed, whether or not a rep has pinned Tier. Written by TierSync.",
                    "The tier our scoring model gives this account, even when a rep has pinned a different Tier."));
    public static final Field<Tier> PREVIOUS_TIER = FIELDS.custom("PREVIOUS_TIER", "Previous_Tier__c",
            FieldType.picklist(Tier.class), COMPUTED, "previous_tier", FieldMetadata.of("Previous Tier",
                    "The tier this account had before TierSync last changed Tier. Written only when the tier changes.",
                    "What the tier was before its last change."));
    public static final Field<LocalDate> TIER_CHANGED_ON = FIELDS.custom("TIER_CHANGED_ON", "Tier_Changed_On__c",
            FieldType.date(), COMPUTED, "tier_changed_on", FieldMetadata.of("Tier Changed On",
                    "The day TierSync last changed Tier. Written only when the tier changes.",
                    "When the tier last changed."));
    public static final Field<String> SEGMENT = FIELDS.custom("SEGMENT", "Segment__c", FieldType.textPicklist(), COMPUTED,
            "segment", FieldMetadata.of("Segment",
                    "The first of TierSync's configured segment rules that this account matches (by tier, size, region, "
                            + "industry, churn risk and upsell flag). The values are the segment names in TierSync's rules.",
                    "The group this account belongs to for sales and marketing plays. See Segment Reasons for why."));
    public static final Field<SizeBand> SIZE_BAND = FIELDS.custom("SIZE_BAND", "Size_Band__c",
            FieldType.picklist(SizeBand.class), COMPUTED, "size_band", FieldMetadata.of("Size Band",
                    "Company size from Number of Employees, or Annual Revenue when the employee count is blank; "
                            + "thresholds are set in TierSync's rules. Written by TierSync.",
                    "How big the company is. Unknown when neither employees nor annual revenue is filled in."));
    public static final Field<Region> REGION = FIELDS.custom("REGION", "Region__c", FieldType.picklist(Region.class), COMPUTED,
            "region", FieldMetadata.of("Region",
                    "Sales region from the Billing Country (names and ISO codes; common misspellings tolerated). Written by TierSync.",
                    "The sales region of the billing address. Unknown when the billing country is blank or not recognised."));
    public static final Field<Double> VALUE_SCORE = FIELDS.custom("VALUE_SCORE", "Value_Score__c", FieldType.number(4, 1),
            COMPUTED, "value_score", FieldMetadata.of("Value Score",
                    "TierSync's value score from 0 to 100: the percentile rank among customers of the quality score "
                            + "(12 months' won revenue less cost to serve, with growth bonus and shrink penalties). 0 for prospects.",
                    "How valuable this customer is next to our others: 90 means it beats 90% of customers."));
    public static final Field<ChurnRisk> CHURN_RISK = FIELDS.custom("CHURN_RISK", "Churn_Risk__c",
            FieldType.picklist(ChurnRisk.class), COMPUTED, "churn_risk", FieldMetadata.of("Churn Risk",
                    "How likely TierSync judges this customer to stop buying, from its buying rhythm, spend trend, lost deals "
                            + "and activity. None for prospects. Written by TierSync.",
                    "Whether this customer may be leaving. At Medium or High, check in soon; Segment Reasons says what we saw."));
    public static final Field<Boolean> UPSELL_CANDIDATE = FIELDS.custom("UPSELL_CANDIDATE", "Upsell_Candidate__c",
            FieldType.checkbox(), COMPUTED, "upsell_candidate", FieldMetadata.of("Upsell Candidate",
                    "Checked by TierSync when the customer's spend is growing with a recent win, or it spends far below "
                            + "customers of its size while active. Never for prospects or customers at risk of churning.",
                    "This customer looks ready to buy more. Segment Reasons says why."));
    public static final Field<EngagementLevel> ENGAGEMENT = FIELDS.custom("ENGAGEMENT", "Engagement__c",
            FieldType.picklist(EngagementLevel.class), COMPUTED, "engagement", FieldMetadata.of("Engagement",
                    "How engaged TierSync judges the account from the calls, emails and meetings of the last 90 days (a "
                            + "meeting weighs most). None after 180 days without activity; blank when the org records no activities.",
                    "How much we are in touch with this account lately. Low or None on a customer: reach out."));
    public static final Field<DecisionChain> DECISION_CHAIN = FIELDS.custom("DECISION_CHAIN", "Decision_Chain__c",
            FieldType.picklist(DecisionChain.class), COMPUTED, "decision_chain", FieldMetadata.of("Decision Chain",
                    "Long when the account's won deals name many contacts (contact roles), or it has many contacts; Short "
                            + "otherwise; Unknown when the org records neither. Written by TierSync.",
                    "How many people decide a purchase here. Long: plan for a longer cycle and more stakeholders."));
    public static final Field<String> REASONS = FIELDS.custom("REASONS", "Segment_Reasons__c", FieldType.text(255), COMPUTED,
            "reasons", FieldMetadata.of("Segment Reasons",
                    "One sentence from TierSync explaining the tier, churn risk and upsell flag, at most 255 characters.",
                    "Why this account has its tier and flags, in one sentence you can act on."));
    public static final Field<Instant> SEGMENTS_UPDATED_AT = FIELDS.custom("SEGMENTS_UPDATED_AT", "Segments_Updated_At__c",
            FieldType.dateTime(), STAMP, "segments_updated_at", FieldMetadata.of("Segments Updated At",
                    "When TierSync last changed one of its values on this account. A sync that changes nothing leaves it as it was.",
                    "When TierSync last changed this account's tier or segment values."));

    // The fit (issue 14): how much an account, prospect or customer, looks like the best customers.
    public static final Field<Double> FIT_SCORE = FIELDS.custom("FIT_SCORE", "Fit_Score__c", FieldType.number(4, 1), COMPUTED,
            "fit_score", FieldMetadata.of("Fit Score",
                    "TierSync's fit score from 0 to 100: how much this account's traits (industry, size, region, type, age, "
                            + "enrichment; never revenue) look like those of the top quarter of customers, as a percentile among "
                            + "the customers the fit learnt from. Blank when there is no fit (too few customers, or nothing learnable).",
                    "How much this account looks like our best customers: 90 means it looks more like them than 90% of customers do."));
    public static final Field<FitTier> FIT_TIER = FIELDS.custom("FIT_TIER", "Fit_Tier__c", FieldType.picklist(FitTier.class),
            COMPUTED, "fit_tier", FieldMetadata.of("Fit Tier",
                    "Strong, Moderate or Weak from the Fit Score (cut-offs in TierSync's rules); Unknown when TierSync has no fit "
                            + "for the org or the account has none of the traits the fit reads. Written by TierSync.",
                    "Whether this account looks like our best customers. Strong prospects are worth going after first; "
                            + "Segment Reasons says why."));

    public static final Field<Tier> TIER_OVERRIDE = FIELDS.custom("TIER_OVERRIDE", "Tier_Override__c",
            FieldType.picklist(Tier.class), PIN, "pin_tier", FieldMetadata.of("Tier Override",
                    "A rep's pin: while set and Tier Override Until has not passed, TierSync writes this tier to Tier instead "
                            + "of the model's. TierSync reads this field and never writes it.",
                    "Pin this account's tier when you know better than the model. Set an end date and a reason too."));
    public static final Field<LocalDate> TIER_OVERRIDE_UNTIL = FIELDS.custom("TIER_OVERRIDE_UNTIL", "Tier_Override_Until__c",
            FieldType.date(), PIN, "pin_until", FieldMetadata.of("Tier Override Until",
                    "The last day a rep's tier pin is in force; blank pins until cleared. TierSync reads it and never writes it.",
                    "The last day your pinned tier applies. After it, the model's tier comes back."));
    public static final Field<String> TIER_OVERRIDE_REASON = FIELDS.custom("TIER_OVERRIDE_REASON", "Tier_Override_Reason__c",
            FieldType.text(255), PIN, "pin_reason", FieldMetadata.of("Tier Override Reason",
                    "Why a rep pinned the tier. TierSync reads it and never writes it.",
                    "Why you pinned the tier, for your manager and the next rep."));

    public static final Field<String> ID = FIELDS.add("ID", "Id", FieldType.id(), SYSTEM, null);
    public static final Field<String> NAME = FIELDS.add("NAME", "Name", FieldType.text(255), READ, "name");
    public static final Field<String> INDUSTRY = FIELDS.add("INDUSTRY", "Industry", FieldType.textPicklist(), READ, "industry",
            "Industry", null);
    public static final Field<BigDecimal> ANNUAL_REVENUE = FIELDS.add("ANNUAL_REVENUE", "AnnualRevenue",
            FieldType.decimal(18, 0), READ, "annual_revenue", "AnnualRevenue", null);
    public static final Field<Integer> NUMBER_OF_EMPLOYEES = FIELDS.add("NUMBER_OF_EMPLOYEES", "NumberOfEmployees",
            FieldType.integer(8), READ, "number_of_employees", "NumberOfEmployees", null);
    public static final Field<String> BILLING_COUNTRY = FIELDS.add("BILLING_COUNTRY", "BillingCountry", FieldType.text(80), READ,
            "billing_country", "BillingAddress", null);
    public static final Field<String> TYPE = FIELDS.add("TYPE", "Type", FieldType.textPicklist(), READ, "account_type", "Type",
            null);
    public static final Field<String> WEBSITE = FIELDS.add("WEBSITE", "Website", FieldType.text(255), READ, "website",
            "Website", null);
    public static final Field<String> PARENT_ID = FIELDS.add("PARENT_ID", "ParentId", FieldType.reference(), READ, "parent_id",
            "ParentId", null);
    public static final Field<Instant> CREATED_DATE = FIELDS.add("CREATED_DATE", "CreatedDate", FieldType.dateTime(), READ,
            "created_date");
    public static final Field<Instant> SYSTEM_MODSTAMP = FIELDS.add("SYSTEM_MODSTAMP", "SystemModstamp", FieldType.dateTime(),
            SYSTEM, null);
    public static final Field<Boolean> IS_DELETED = FIELDS.add("IS_DELETED", "IsDeleted", FieldType.checkbox(), SYSTEM, null);

    /** Every Account field of the catalog, in declaration order. */
    public static final FieldSet ALL = FIELDS.build();

    private AccountFields() {
    }
}
