package dev.tiersync.salesforce;

import dev.tiersync.domain.Account;
import java.util.function.Consumer;

/** Streams every Account of the org, with the values TierSync owns. */
@FunctionalInterface
public interface AccountReader {

    void readAccounts(Consumer<Account> sink);
}
