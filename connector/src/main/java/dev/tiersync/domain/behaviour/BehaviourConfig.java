package dev.tiersync.domain.behaviour;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The behaviour rules' settings: cost to serve from cases, engagement, decision chain. */
public record BehaviourConfig(CostToServeConfig costToServe, EngagementConfig engagement, DecisionChainConfig decisionChain) {

    public BehaviourConfig {
        Objects.requireNonNull(costToServe, "value.cost-per-case");
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(decisionChain, "decision-chain");
    }

    public static BehaviourConfig defaults() {
        return new BehaviourConfig(CostToServeConfig.defaults(), EngagementConfig.defaults(), DecisionChainConfig.defaults());
    }

    /** The objects these rules read: only those are pulled. */
    public Set<RelatedObject> objectsUsed() {
        Set<RelatedObject> used = EnumSet.noneOf(RelatedObject.class);
        if (costToServe.enabled()) {
            used.add(RelatedObject.CASES);
        }
        if (engagement.enabled()) {
            used.add(RelatedObject.TASKS);
            used.add(RelatedObject.EVENTS);
        }
        if (decisionChain.enabled()) {
            used.add(RelatedObject.CONTACTS);
            used.add(RelatedObject.CONTACT_ROLES);
        }
        return used;
    }
}
