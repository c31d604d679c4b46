package dev.tiersync.domain.fit;

import dev.tiersync.domain.Account;

/**
 * The org's own fields the rules name ({@code org-fields}, such as {@code Rating} or {@code Primary_Need__c}) as
 * categorical fit attributes named by their API names ({@code attribute.Rating}), so the fit can learn whether the best
 * customers hold a value (Hot, Cloud) more often than the rest, and score prospects on it. An account that leaves a
 * field empty has no value of it.
 */
public final class OrgFieldAttributes implements FitEnrichment {

    @Override
    public void enrich(Account account, FitAccount.Builder view) {
        account.orgFields().forEach(view::attribute);
    }
}
