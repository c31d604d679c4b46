package dev.tiersync.scheduler.metadata;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.segments.SegmentDefinition;
import dev.tiersync.domain.signals.ChurnRisk;
import java.util.Arrays;
import java.util.List;

/** Every Account field of TierSync's contract, with picklists of exactly the values the rules can produce. */
final class TierSyncFields {

    private TierSyncFields() {
    }

    static List<FieldSpec> of(SegmentationConfig rules) {
        List<String> tiers = Arrays.stream(Tier.values()).map(Tier::picklistValue).toList();
        List<String> segments = rules.segments().segments().stream().map(SegmentDefinition::name).toList();
        return List.of(
                FieldSpec.picklist("Tier__c", "Tier", tiers,
                        "The account's tier as TierSync last wrote it: the model's tier, or the rep's pinned tier while a pin "
                                + "(Tier Override) is in force. Written by the TierSync integration user; set a pin instead of editing it.",
                        "How much this account is worth to us compared with our other customers: A is the best, D the least; "
                                + "New is a recent first customer, Prospect has never bought. See Segment Reasons for why.")
                        .trackingHistory(),
                FieldSpec.picklist("Model_Tier__c", "Model Tier", tiers,
                        "The tier TierSync's model computed, whether or not a rep has pinned Tier. Written by TierSync.",
                        "The tier our scoring model gives this account, even when a rep has pinned a different Tier."),
                FieldSpec.picklist("Previous_Tier__c", "Previous Tier", tiers,
                        "The tier this account had before TierSync last changed Tier. Written only when the tier changes.",
                        "What the tier was before its last change."),
                FieldSpec.of("Tier_Changed_On__c", "Tier Changed On", FieldType.DATE,
                        "The day TierSync last changed Tier. Written only when the tier changes.",
                        "When the tier last changed."),
                FieldSpec.picklist("Segment__c", "Segment", segments,
                        "The first of TierSync's configured segment rules that this account matches (by tier, size, region, "
                                + "industry, churn risk and upsell flag). The values are the segment names in TierSync's rules.",
                        "The group this account belongs to for sales and marketing plays. See Segment Reasons for why."),
                FieldSpec.picklist("Size_Band__c", "Size Band", Arrays.stream(SizeBand.values()).map(SizeBand::picklistValue).toList(),
                        "Company size from Number of Employees, or Annual Revenue when the employee count is blank; "
                                + "thresholds are set in TierSync's rules. Written by TierSync.",
                        "How big the company is. Unknown when neither employees nor annual revenue is filled in."),
                FieldSpec.picklist("Region__c", "Region", Arrays.stream(Region.values()).map(Region::picklistValue).toList(),
                        "Sales region from the Billing Country (names and ISO codes; common misspellings tolerated). Written by TierSync.",
                        "The sales region of the billing address. Unknown when the billing country is blank or not recognised."),
                FieldSpec.of("Value_Score__c", "Value Score", FieldType.NUMBER,
                        "TierSync's value score from 0 to 100: the percentile rank among customers of the quality score "
                                + "(12 months' won revenue less cost to serve, with growth bonus and shrink penalties). 0 for prospects.",
                        "How valuable this customer is next to our others: 90 means it beats 90% of customers.")
                        .withDigits(4, 1),
                FieldSpec.picklist("Churn_Risk__c", "Churn Risk", Arrays.stream(ChurnRisk.values()).map(ChurnRisk::picklistValue).toList(),
                        "How likely TierSync judges this customer to stop buying, from its buying rhythm, spend trend, lost deals "
                                + "and activity. None for prospects. Written by TierSync.",
                        "Whether this customer may be leaving. At Medium or High, check in soon; Segment Reasons says what we saw."),
                FieldSpec.of("Upsell_Candidate__c", "Upsell Candidate", FieldType.CHECKBOX,
                        "Checked by TierSync when the customer's spend is growing with a recent win, or it spends far below "
                                + "customers of its size while active. Never for prospects or customers at risk of churning.",
                        "This customer looks ready to buy more. Segment Reasons says why."),
                FieldSpec.of("Segment_Reasons__c", "Segment Reasons", FieldType.TEXT,
                        "One sentence from TierSync explaining the tier, churn risk and upsell flag, at most 255 characters.",
                        "Why this account has its tier and flags, in one sentence you can act on.")
                        .withLength(255),
                FieldSpec.of("Segments_Updated_At__c", "Segments Updated At", FieldType.DATETIME,
                        "When TierSync last changed one of its values on this account. A sync that changes nothing leaves it as it was.",
                        "When TierSync last changed this account's tier or segment values."),
                FieldSpec.picklist("Tier_Override__c", "Tier Override", tiers,
                        "A rep's pin: while set and Tier Override Until has not passed, TierSync writes this tier to Tier instead "
                                + "of the model's. TierSync reads this field and never writes it.",
                        "Pin this account's tier when you know better than the model. Set an end date and a reason too.")
                        .editableByReps(),
                FieldSpec.of("Tier_Override_Until__c", "Tier Override Until", FieldType.DATE,
                        "The last day a rep's tier pin is in force; blank pins until cleared. TierSync reads it and never writes it.",
                        "The last day your pinned tier applies. After it, the model's tier comes back.")
                        .editableByReps(),
                FieldSpec.of("Tier_Override_Reason__c", "Tier Override Reason", FieldType.TEXT,
                        "Why a rep pinned the tier. TierSync reads it and never writes it.",
                        "Why you pinned the tier, for your manager and the next rep.")
                        .withLength(255).editableByReps());
    }
}
