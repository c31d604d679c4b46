package dev.tiersync.domain;

import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.signals.ChurnRisk;
import java.time.Instant;

/**
 * The values TierSync owns on an Account. Read from the org, a field is null when blank or when it
 * holds a value TierSync does not write.
 *
 * @param valueScore 0–100 with one decimal
 * @param segmentsUpdatedAt when TierSync last changed one of its values
 */
public record TierSyncValues(Tier tier, String segment, SizeBand sizeBand, Region region, Double valueScore,
                             ChurnRisk churnRisk, Boolean upsellCandidate, String reasons, Instant segmentsUpdatedAt) {

    public static final TierSyncValues NONE = new TierSyncValues(null, null, null, null, null, null, null, null, null);

    /** Only the tier set: for tests and callers that track nothing else. */
    public static TierSyncValues ofTier(Tier tier, Instant segmentsUpdatedAt) {
        return new TierSyncValues(tier, null, null, null, null, null, null, null, segmentsUpdatedAt);
    }
}
