package dev.tiersync.domain.engine;

import dev.tiersync.domain.behaviour.BehaviourFindings;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.metrics.AccountMetrics;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.domain.tiering.TierBasis;

/**
 * Everything TierSync computed for one account.
 *
 * @param valueScore 0–100, one decimal: the quality score's percentile rank among customers
 * @param reasons one sentence of at most 255 characters a rep can act on
 * @param fitTier how well the account fits the profile of the best customers; Unknown when there is no fit
 * @param fitScore the fit score 0–100, one decimal; null when the fit tier is Unknown
 * @param behaviour the engagement and decision chain the behaviour rules found
 */
public record Segmentation(
        String accountId,
        Tier tier,
        TierBasis tierBasis,
        String segment,
        String industry,
        SizeBand sizeBand,
        Region region,
        double valueScore,
        ChurnRisk churnRisk,
        boolean upsellCandidate,
        String reasons,
        AccountMetrics metrics,
        FitTier fitTier,
        Double fitScore,
        BehaviourFindings behaviour) {

    public Segmentation {
        behaviour = behaviour == null ? BehaviourFindings.NONE : behaviour;
    }
}
