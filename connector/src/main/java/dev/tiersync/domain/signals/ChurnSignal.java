package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import java.util.Optional;

/** One sign that a customer may be leaving. Implementations are pure and thread-safe. */
@FunctionalInterface
public interface ChurnSignal {

    /** What the signal sees in this customer, or empty when it sees nothing. Called only for customers. */
    Optional<Finding> evaluate(AccountProfile customer);
}
