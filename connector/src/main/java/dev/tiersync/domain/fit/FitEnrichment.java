package dev.tiersync.domain.fit;

import dev.tiersync.domain.Account;

/**
 * Extension point: adds traits to an account's fit view, such as a plugin's enrichment or an org's
 * own field ({@code view.attribute("Tech_Stack__c", "AWS")}), or Ownership and YearStarted once the
 * pull reads them. Called once per account; must be pure and deterministic.
 */
@FunctionalInterface
public interface FitEnrichment {

    void enrich(Account account, FitAccount.Builder view);
}
