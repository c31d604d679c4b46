package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;
import java.util.List;
import java.util.Map;

/** Splits established customers into tiers A to D. */
@FunctionalInterface
public interface TierMethod {

    /**
     * @param customers the customers to tier: no prospects, new customers or outliers
     * @return a tier from A to D for every account id given; equal scores get equal tiers
     */
    Map<String, Tier> assign(List<ScoredAccount> customers);
}
