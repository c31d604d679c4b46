package dev.tiersync.salesforce;

import java.util.List;

/** Writes TierSync's values to Accounts, with partial success. */
@FunctionalInterface
public interface AccountWriter {

    /** The most updates one call may carry: Salesforce's limit for a SOAP update. */
    int MAX_UPDATES_PER_CALL = 200;

    /**
     * Writes at most {@link #MAX_UPDATES_PER_CALL} updates in one call. A record Salesforce rejects
     * does not stop the others.
     *
     * @return one result per update, in the same order
     * @throws SalesforceException when the whole call fails
     */
    List<WriteResult> update(List<AccountUpdate> updates);
}
