package dev.tiersync.salesforce;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams Accounts and Opportunities a page at a time, so memory does not grow with the org. Pages
 * arrive in the order the org sends them; an incremental pull sends the oldest change first.
 */
public interface RecordReader {

    /** @return the route the records came by */
    Route pullAccounts(PullScope scope, Consumer<List<Pulled<Account>>> pages);

    Route pullOpportunities(PullScope scope, Consumer<List<Pulled<Opportunity>>> pages);
}
