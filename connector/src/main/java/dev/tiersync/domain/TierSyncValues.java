package dev.tiersync.domain;

import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.signals.ChurnRisk;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The values TierSync owns on an Account. Read from the org, a field is null when blank or when it
 * holds a value TierSync does not write.
 *
 * @param tier the tier in force: the model's, or a rep's pinned tier
 * @param modelTier the tier the model computed, pinned or not
 * @param previousTier the tier before the last change of {@code tier}
 * @param tierChangedOn the day {@code tier} last changed
 * @param valueScore 0–100 with one decimal
 * @param segmentsUpdatedAt when TierSync last changed one of its values
 */
public record TierSyncValues(Tier tier, Tier modelTier, Tier previousTier, LocalDate tierChangedOn, String segment,
                             SizeBand sizeBand, Region region, Double valueScore, ChurnRisk churnRisk, Boolean upsellCandidate,
                             String reasons, Instant segmentsUpdatedAt) {

    public static final TierSyncValues NONE =
            new TierSyncValues(null, null, null, null, null, null, null, null, null, null, null, null);

    /** Only the tier set: for tests and callers that track nothing else. */
    public static TierSyncValues ofTier(Tier tier, Instant segmentsUpdatedAt) {
        return new TierSyncValues(tier, null, null, null, null, null, null, null, null, null, null, segmentsUpdatedAt);
    }

    public TierSyncValues withTier(Tier newTier) {
        return new TierSyncValues(newTier, modelTier, previousTier, tierChangedOn, segment, sizeBand, region, valueScore,
                churnRisk, upsellCandidate, reasons, segmentsUpdatedAt);
    }

    /** These values with the named fields, and the update time, taken from {@code written}. */
    public TierSyncValues withWritten(TierSyncValues written, java.util.Set<TierSyncField> fields) {
        return new TierSyncValues(
                fields.contains(TierSyncField.TIER) ? written.tier : tier,
                fields.contains(TierSyncField.MODEL_TIER) ? written.modelTier : modelTier,
                fields.contains(TierSyncField.PREVIOUS_TIER) ? written.previousTier : previousTier,
                fields.contains(TierSyncField.TIER_CHANGED_ON) ? written.tierChangedOn : tierChangedOn,
                fields.contains(TierSyncField.SEGMENT) ? written.segment : segment,
                fields.contains(TierSyncField.SIZE_BAND) ? written.sizeBand : sizeBand,
                fields.contains(TierSyncField.REGION) ? written.region : region,
                fields.contains(TierSyncField.VALUE_SCORE) ? written.valueScore : valueScore,
                fields.contains(TierSyncField.CHURN_RISK) ? written.churnRisk : churnRisk,
                fields.contains(TierSyncField.UPSELL_CANDIDATE) ? written.upsellCandidate : upsellCandidate,
                fields.contains(TierSyncField.REASONS) ? written.reasons : reasons,
                written.segmentsUpdatedAt);
    }
}
