package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import java.util.Optional;

/** One sign that a customer could buy more. Implementations are pure and thread-safe. */
@FunctionalInterface
public interface UpsellSignal {

    /** Called only for customers; {@code norms} holds what customers of each size usually spend. */
    Optional<Finding> evaluate(AccountProfile customer, SpendNorms norms);
}
