package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.metrics.AccountMetrics;
import java.util.Optional;

/**
 * A repeat buyer that stopped: no win for longer than about twice its usual interval and at least
 * the minimum days. Weighs 2, or 3 when the silence is twice that long again.
 */
public final class StoppedBuying implements ChurnSignal {

    private final ChurnConfig config;

    public StoppedBuying(ChurnConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Finding> evaluate(AccountProfile customer) {
        AccountMetrics m = customer.metrics();
        if (m.wonDeals() < 2 || Double.isNaN(m.medianWinIntervalDays())) {
            return Optional.empty();
        }
        long silent = m.daysSinceLastWin().orElse(0);
        double usual = Math.max(1, m.medianWinIntervalDays());
        double threshold = Math.max(config.stoppedMinDays(), config.stoppedIntervalFactor() * usual);
        if (silent <= threshold) {
            return Optional.empty();
        }
        int points = silent > 2 * threshold ? 3 : 2;
        return Optional.of(new Finding("stopped-buying", points,
                "no win for " + silent + " days, usually every " + Math.round(usual)));
    }
}
