package dev.tiersync.domain.engine;

import dev.tiersync.domain.fit.FitEnrichment;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.profile.Enrichment;
import dev.tiersync.domain.segments.NamedCondition;
import dev.tiersync.domain.signals.PluginSignals;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The engine's extension points, for one assessment, in the engine's own terms: what enrichers found out
 * about each account, signals the core does not ship, and the verdicts on the named conditions of the
 * segment rules. The plugin host implements them over the plugins, behind its guard; the engine knows
 * nothing of plugins. Implementations are called from several threads at once, and must give the same
 * answers for the same account within a pass.
 */
public interface Extensions {

    /** No enrichment, no extra signal, no named condition met. */
    Extensions NONE = new Extensions() {
        @Override
        public List<Enrichment> enrich(List<AccountProfile> accounts) {
            return Collections.nCopies(accounts.size(), Enrichment.NONE);
        }

        @Override
        public PluginSignals signals() {
            return PluginSignals.NONE;
        }

        @Override
        public Optional<String> reasonIfMet(NamedCondition condition, AccountProfile account) {
            return Optional.empty();
        }

        @Override
        public int withdrawals() {
            return 0;
        }
    };

    /**
     * What is known of each account from elsewhere. Called at the start of each pass of an assessment,
     * before anything else is judged, with the accounts not yet enriched; a later pass gets what still holds
     * (without what a withdrawn contributor gave), not a fresh look-up.
     *
     * @return one enrichment per account, in the accounts' order
     */
    List<Enrichment> enrich(List<AccountProfile> accounts);

    /** Churn and upsell signals to run after the built-in ones. */
    PluginSignals signals();

    /**
     * Whether an enriched account meets a named condition of the segment rules.
     *
     * @return a few words saying why, when it does; empty when it does not (or nothing judges the condition any more)
     */
    Optional<String> reasonIfMet(NamedCondition condition, AccountProfile account);

    /**
     * How many contributors have withdrawn so far (plugins switched off because they threw). When it grows
     * while the engine judges the accounts, some were judged with a contributor the others were judged
     * without, so the engine makes another pass over all of them; a pass in which it stays the same is the
     * result, every account judged alike.
     */
    int withdrawals();

    /**
     * Traits beyond the account's fields and its enrichment that the fit may learn from, such as an org's own
     * field; none by default. What enrichers found is always a fit trait ({@link dev.tiersync.domain.fit.EnrichmentAttributes}).
     */
    default List<FitEnrichment> fitEnrichments() {
        return List.of();
    }
}
