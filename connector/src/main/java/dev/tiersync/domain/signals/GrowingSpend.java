package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.metrics.AccountMetrics;
import dev.tiersync.domain.metrics.SpendTrend;
import java.util.Optional;

/**
 * Spend growing by at least the threshold, with a recent win. Growth is the account's
 * {@link dev.tiersync.domain.metrics.SpendTrend spend trend}: over its own rhythm of orders when it has one.
 */
public final class GrowingSpend implements UpsellSignal {

    private final UpsellConfig config;

    public GrowingSpend(UpsellConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Finding> evaluate(AccountProfile customer, SpendNorms norms) {
        AccountMetrics m = customer.metrics();
        SpendTrend trend = m.spendTrend();
        double growth = trend.change().orElse(Double.NaN);
        if (!(growth >= config.growthThreshold()) || m.daysSinceLastWin().orElse(Long.MAX_VALUE) > config.recentWinDays()) {
            return Optional.empty();
        }
        return Optional.of(new Finding("growing-spend", 1, "spend up " + Math.round(100 * growth) + "% on " + trend.comparison()));
    }
}
