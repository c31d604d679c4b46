package dev.tiersync.domain.engine;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.behaviour.DecisionChain;
import dev.tiersync.domain.behaviour.DecisionChainRule;
import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitEnrichment;
import dev.tiersync.domain.profile.AccountProfile;

/**
 * The decision chain as a fit attribute, {@code attribute.decision-chain} (Short or Long), so the fit can learn
 * whether the best customers decide with few people or many; an account whose chain is Unknown (the org records
 * neither contacts nor contact roles) has none, so an org without them is judged as before.
 */
final class DecisionChainFitAttribute implements FitEnrichment {

    static final String NAME = "decision-chain";

    private final DecisionChainRule rule;

    DecisionChainFitAttribute(DecisionChainRule rule) {
        this.rule = rule;
    }

    @Override
    public void enrich(Account account, FitAccount.Builder view) {
        // the record alone says nothing of the chain
    }

    @Override
    public void enrich(AccountProfile profile, FitAccount.Builder view) {
        rule.chainOf(profile.behaviour()).filter(chain -> chain != DecisionChain.UNKNOWN)
                .ifPresent(chain -> view.attribute(NAME, chain.picklistValue()));
    }
}
