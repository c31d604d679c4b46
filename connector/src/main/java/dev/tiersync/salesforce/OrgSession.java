package dev.tiersync.salesforce;

/** A logged-in session on one org: reads accounts and opportunities, writes TierSync's values. */
public interface OrgSession extends AccountReader, OpportunityReader, AccountWriter, AutoCloseable {

    /** API requests this session has made so far, logins included. */
    int apiCalls();

    /** The org's API usage as last reported, if any answer reported it yet. */
    default java.util.Optional<ApiUsage> apiUsage() {
        return java.util.Optional.empty();
    }

    /** Ends the session; never throws. */
    @Override
    void close();
}
