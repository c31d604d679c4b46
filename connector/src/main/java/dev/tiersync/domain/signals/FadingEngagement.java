package dev.tiersync.domain.signals;

import dev.tiersync.domain.behaviour.BehaviourMetrics;
import dev.tiersync.domain.behaviour.EngagementConfig;
import dev.tiersync.domain.profile.AccountProfile;
import java.util.Optional;

/**
 * Engagement fading: the last {@value BehaviourMetrics#WINDOW_DAYS} days' activity points under the configured
 * share of the window before, which reached Medium. Weighs 1. Silent when the org records no activities.
 */
public final class FadingEngagement implements ChurnSignal {

    private final EngagementConfig config;

    public FadingEngagement(EngagementConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Finding> evaluate(AccountProfile customer) {
        BehaviourMetrics m = customer.behaviour();
        if (!config.enabled() || !m.activitiesKnown()) {
            return Optional.empty();
        }
        double before = config.points(m.prior());
        double now = config.points(m.recent());
        if (before < config.mediumPoints() || now >= config.fadingShare() * before) {
            return Optional.empty();
        }
        return Optional.of(new Finding("fading-engagement", 1, "activity down " + Math.round(100 * (1 - now / before))
                + "% on the " + BehaviourMetrics.WINDOW_DAYS + " days before"));
    }
}
