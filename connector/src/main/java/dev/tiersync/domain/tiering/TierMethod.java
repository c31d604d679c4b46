package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;
import java.util.List;

/** Splits established customers into tiers A to D. */
@FunctionalInterface
public interface TierMethod {

    /**
     * @param customers the customers to tier: no prospects, new customers or outliers
     * @return a tier from A to D for each customer, by its position in the list; equal scores get equal tiers
     */
    Tier[] assign(List<ScoredAccount> customers);
}
