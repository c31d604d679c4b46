package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;

/** An account's tier and why. */
public record TierDecision(Tier tier, TierBasis basis) {
}
