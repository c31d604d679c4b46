package dev.tiersync.sync;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.Segmentation;

/**
 * One account's result, for the report.
 *
 * @param tier the tier written: the model's, or a rep's pin
 * @param previousTier the tier the org held before, or null
 * @param changed whether any of TierSync's values differ from the org's
 */
public record AccountOutcome(String accountId, String name, Segmentation segmentation, Tier tier, Tier previousTier,
                             boolean changed) {

    public double trailingWonRevenue() {
        return segmentation.metrics().trailingWon();
    }
}
