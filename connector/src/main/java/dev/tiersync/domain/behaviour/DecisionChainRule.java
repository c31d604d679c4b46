package dev.tiersync.domain.behaviour;

import java.util.Optional;

/**
 * An account's decision chain from the contacts on its won deals, or its contacts when no won deal names any
 * ({@link DecisionChainConfig}). Empty when the rule is off; Unknown when the org records neither.
 */
public final class DecisionChainRule {

    private final DecisionChainConfig config;

    public DecisionChainRule(DecisionChainConfig config) {
        this.config = config;
    }

    public Optional<DecisionChain> chainOf(BehaviourMetrics m) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        if (m.rolesKnown() && !Double.isNaN(m.contactsPerWonDeal())) {
            return Optional.of(m.contactsPerWonDeal() >= config.longFromContactsPerDeal() ? DecisionChain.LONG : DecisionChain.SHORT);
        }
        if (m.contactsKnown() && m.contacts() > 0) {
            return Optional.of(m.contacts() >= config.longFromContacts() ? DecisionChain.LONG : DecisionChain.SHORT);
        }
        return Optional.of(DecisionChain.UNKNOWN);
    }

    /** A few words for the reasons: "decision chain Long: 4 contacts per won deal". */
    public String describe(DecisionChain chain, BehaviourMetrics m) {
        if (chain == DecisionChain.UNKNOWN) {
            return "decision chain Unknown";
        }
        String basis = m.rolesKnown() && !Double.isNaN(m.contactsPerWonDeal())
                ? formatted(m.contactsPerWonDeal()) + " contacts per won deal" : m.contacts() + " contacts";
        return "decision chain " + chain.picklistValue() + ": " + basis;
    }

    private static String formatted(double n) {
        return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(Math.round(n * 10) / 10.0);
    }
}
