package dev.tiersync.plugin.api;

import java.util.Optional;

/**
 * Extension point {@code churn-signal}: one sign that a customer may be leaving. TierSync adds the
 * points of every finding, the built-in signals' and the plugins', into the account's churn risk
 * (1 Low, 2 Medium, 3 or more High).
 */
@FunctionalInterface
public interface ChurnSignal {

    /**
     * What the signal sees in this customer. Called only for customers (accounts with a won deal), with
     * the attributes of every enricher.
     *
     * @param customer the account as of the run's date
     * @return a finding (1 to 3 points), or empty when the signal sees nothing
     */
    Optional<Finding> evaluate(AccountView customer);
}
