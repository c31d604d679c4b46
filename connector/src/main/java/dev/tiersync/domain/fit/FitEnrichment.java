package dev.tiersync.domain.fit;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.profile.AccountProfile;

/**
 * Extension point: adds traits to an account's fit view, such as a plugin's enrichment or an org's
 * own field ({@code view.attribute("Tech_Stack__c", "AWS")}), or Ownership and YearStarted once the
 * pull reads them. Called once per account; must be pure and deterministic. The engine always applies
 * {@link EnrichmentAttributes}, so what enrichers found ({@link AccountProfile#enrichment()}) is a fit variable.
 */
@FunctionalInterface
public interface FitEnrichment {

    void enrich(Account account, FitAccount.Builder view);

    /** Adds traits from the whole profile, enrichment included; by default from the account's record alone. */
    default void enrich(AccountProfile profile, FitAccount.Builder view) {
        enrich(profile.account(), view);
    }
}
