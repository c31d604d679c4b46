package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.metrics.AccountMetrics;
import java.util.Optional;

/** Deals lost in the last 12 months and none won. Weighs 1. */
public final class LosingDeals implements ChurnSignal {

    private final ChurnConfig config;

    public LosingDeals(ChurnConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Finding> evaluate(AccountProfile customer) {
        AccountMetrics m = customer.metrics();
        if (m.lostLast12Months() < config.losingMinLost() || m.trailingWon() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding("losing-deals", 1, m.lostLast12Months() + " deals lost in 12 mo, none won"));
    }
}
