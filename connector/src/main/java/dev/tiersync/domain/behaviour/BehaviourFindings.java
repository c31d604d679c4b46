package dev.tiersync.domain.behaviour;

/**
 * What the behaviour rules found about an account, for the fields TierSync writes.
 *
 * @param engagement its engagement, or null when the org records no activities or the rule is off
 * @param decisionChain its decision chain, or null when the rule is off
 */
public record BehaviourFindings(EngagementLevel engagement, DecisionChain decisionChain) {

    public static final BehaviourFindings NONE = new BehaviourFindings(null, null);
}
