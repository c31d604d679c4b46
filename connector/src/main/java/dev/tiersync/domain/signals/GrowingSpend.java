package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.metrics.AccountMetrics;
import java.util.Optional;

/** Spend growing by at least the threshold, with a recent win. */
public final class GrowingSpend implements UpsellSignal {

    private final UpsellConfig config;

    public GrowingSpend(UpsellConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Finding> evaluate(AccountProfile customer, SpendNorms norms) {
        AccountMetrics m = customer.metrics();
        double growth = m.growth().orElse(Double.NaN);
        if (!(growth >= config.growthThreshold()) || m.daysSinceLastWin().orElse(Long.MAX_VALUE) > config.recentWinDays()) {
            return Optional.empty();
        }
        return Optional.of(new Finding("growing-spend", 1, "spend up " + Math.round(100 * growth) + "% on the year before"));
    }
}
