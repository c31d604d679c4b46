package dev.tiersync.domain.behaviour;

/**
 * How long an account's decision chain is: Long when its won deals name, at the median, at least
 * {@code longFromContactsPerDeal} contacts, or, when no won deal names any, when the account has at least
 * {@code longFromContacts} contacts; Short otherwise; Unknown when the org records neither.
 *
 * @param enabled whether the decision chain is judged at all (and Contacts and OpportunityContactRoles pulled)
 */
public record DecisionChainConfig(boolean enabled, double longFromContactsPerDeal, int longFromContacts) {

    public DecisionChainConfig {
        if (!(longFromContactsPerDeal >= 1)) {
            throw new IllegalArgumentException("decision-chain.long-from-contacts-per-deal must be 1 or more, was "
                    + longFromContactsPerDeal);
        }
        if (longFromContacts < 1) {
            throw new IllegalArgumentException("decision-chain.long-from-contacts must be 1 or more, was " + longFromContacts);
        }
    }

    public static DecisionChainConfig defaults() {
        return new DecisionChainConfig(true, 3, 8);
    }
}
