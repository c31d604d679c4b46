package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.metrics.AccountMetrics;
import java.util.Optional;

/** Spend in the last 12 months under the configured share of the 12 before. Weighs 2. */
public final class ShrinkingSpend implements ChurnSignal {

    private final ChurnConfig config;

    public ShrinkingSpend(ChurnConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Finding> evaluate(AccountProfile customer) {
        AccountMetrics m = customer.metrics();
        if (m.priorWon() <= 0 || m.trailingWon() >= config.shrinkRatio() * m.priorWon()) {
            return Optional.empty();
        }
        long drop = Math.round(100 * (1 - m.trailingWon() / m.priorWon()));
        return Optional.of(new Finding("shrinking-spend", 2, "spend down " + drop + "% on the year before"));
    }
}
