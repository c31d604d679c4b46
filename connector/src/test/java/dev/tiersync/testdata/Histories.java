package dev.tiersync.testdata;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.Opportunity;
import java.util.List;

/** Shorthands for account histories in rule tests. */
public final class Histories {

    private Histories() {
    }

    /** An account with the given id that won one deal of {@code amount} on {@code closeDate}. */
    public static AccountHistory customer(String id, String amount, String closeDate) {
        return history(id, OpportunityBuilder.aWonDeal().forAccount(id).worth(amount).closedOn(closeDate).build());
    }

    public static AccountHistory history(String id, Opportunity... opportunities) {
        return new AccountHistory(AccountBuilder.anAccount(id).build(), List.of(opportunities));
    }
}
