package dev.tiersync.plugin.api;

import java.util.Optional;

/**
 * Extension point {@code upsell-signal}: one sign that a customer could buy more. A customer with any
 * upsell finding is an upsell candidate, unless its churn risk blocks it; the points of an upsell finding
 * are not added up.
 */
@FunctionalInterface
public interface UpsellSignal {

    /**
     * What the signal sees in this customer. Called only for customers whose churn risk does not block
     * upsell, with the attributes of every enricher.
     *
     * @param customer the account as of the run's date
     * @param norms what customers of each size usually spend, in this run
     * @return a finding, or empty when the signal sees nothing
     */
    Optional<Finding> evaluate(AccountView customer, SpendNorms norms);
}
