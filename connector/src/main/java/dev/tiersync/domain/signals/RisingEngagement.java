package dev.tiersync.domain.signals;

import dev.tiersync.domain.behaviour.BehaviourMetrics;
import dev.tiersync.domain.behaviour.EngagementConfig;
import dev.tiersync.domain.profile.AccountProfile;
import java.util.Optional;

/**
 * Engagement rising with growing spend: the last {@value BehaviourMetrics#WINDOW_DAYS} days' activity points at
 * least the configured factor of the window before's and at Medium or above, while the spend trend is up.
 * Silent when the org records no activities.
 */
public final class RisingEngagement implements UpsellSignal {

    private final EngagementConfig config;

    public RisingEngagement(EngagementConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Finding> evaluate(AccountProfile customer, SpendNorms norms) {
        BehaviourMetrics m = customer.behaviour();
        if (!config.enabled() || !m.activitiesKnown()) {
            return Optional.empty();
        }
        double before = config.points(m.prior());
        double now = config.points(m.recent());
        double growth = customer.metrics().spendTrend().change().orElse(Double.NaN);
        if (now < config.mediumPoints() || now < config.risingFactor() * Math.max(before, 1) || !(growth > 0)) {
            return Optional.empty();
        }
        return Optional.of(new Finding("rising-engagement", 1, "activity up " + (before == 0 ? "from none"
                : Math.round(100 * (now / before - 1)) + "%") + " with spend growing"));
    }
}
