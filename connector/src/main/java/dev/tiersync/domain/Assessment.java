package dev.tiersync.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the rules computed for one account.
 *
 * @param trailingWonRevenue won revenue in the 12 months before the as-of date
 */
public record Assessment(String accountId, Tier tier, BigDecimal trailingWonRevenue) {

    public Assessment {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(trailingWonRevenue, "trailingWonRevenue");
    }
}
