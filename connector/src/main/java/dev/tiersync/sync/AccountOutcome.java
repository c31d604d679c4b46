package dev.tiersync.sync;

import dev.tiersync.domain.Tier;
import java.math.BigDecimal;

/**
 * One account's result, for examples in the report.
 *
 * @param previousTier the tier the org held before, or null
 */
public record AccountOutcome(String accountId, String name, Tier tier, Tier previousTier, BigDecimal trailingWonRevenue) {

    public boolean changed() {
        return tier != previousTier;
    }
}
