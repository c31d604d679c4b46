package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.metrics.AccountMetrics;
import java.util.Optional;

/**
 * An established, active customer spending far below what customers of its size usually spend. A
 * customer younger than a year is left alone: its first year's spend is not a year's spend yet.
 */
public final class BelowSizeNorm implements UpsellSignal {

    static final int ESTABLISHED_DAYS = 365;

    private final UpsellConfig config;

    public BelowSizeNorm(UpsellConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Finding> evaluate(AccountProfile customer, SpendNorms norms) {
        AccountMetrics m = customer.metrics();
        double norm = norms.median(customer.sizeBand());
        if (customer.sizeBand() == SizeBand.UNKNOWN || Double.isNaN(norm)
                || m.tenureDays().orElse(0) < ESTABLISHED_DAYS
                || m.daysSinceLastWin().orElse(Long.MAX_VALUE) > config.activeDays()
                || m.trailingWon() >= config.belowNormShare() * norm) {
            return Optional.empty();
        }
        return Optional.of(new Finding("below-size-norm", 1, "spends " + Money.compact(m.trailingWon()) + " a year, "
                + customer.sizeBand().picklistValue() + " accounts usually " + Money.compact(norm)));
    }
}
