package dev.tiersync.salesforce;

/** A logged-in session on one org: reads accounts and opportunities, writes TierSync's values. */
public interface OrgSession extends AccountReader, OpportunityReader, AccountWriter, AutoCloseable {

    /** API requests this session has made so far, login included. */
    int apiCalls();

    /** Ends the session; never throws. */
    @Override
    void close();
}
