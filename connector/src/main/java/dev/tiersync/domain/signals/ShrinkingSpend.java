package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.metrics.SpendTrend;
import java.util.Optional;

/**
 * Spend's recent run rate under the configured share of the one before: over the account's own rhythm of
 * orders when it has one, else the last 12 months against the 12 before. Weighs 2.
 */
public final class ShrinkingSpend implements ChurnSignal {

    private final ChurnConfig config;

    public ShrinkingSpend(ChurnConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Finding> evaluate(AccountProfile customer) {
        SpendTrend trend = customer.metrics().spendTrend();
        if (trend.priorRate() <= 0 || trend.recentRate() >= config.shrinkRatio() * trend.priorRate()) {
            return Optional.empty();
        }
        long drop = Math.round(100 * (1 - trend.recentRate() / trend.priorRate()));
        return Optional.of(new Finding("shrinking-spend", 2, "spend down " + drop + "% on " + trend.comparison()));
    }
}
