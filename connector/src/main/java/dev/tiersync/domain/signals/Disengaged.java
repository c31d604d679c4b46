package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import java.util.Optional;

/** No opportunity created or closed for a long time. Weighs 1. */
public final class Disengaged implements ChurnSignal {

    private final ChurnConfig config;

    public Disengaged(ChurnConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Finding> evaluate(AccountProfile customer) {
        long idle = customer.metrics().daysSinceActivity().orElse(Long.MAX_VALUE);
        if (idle <= config.disengagedDays()) {
            return Optional.empty();
        }
        return Optional.of(new Finding("disengaged", 1, "no opportunity activity for " + idle + " days"));
    }
}
