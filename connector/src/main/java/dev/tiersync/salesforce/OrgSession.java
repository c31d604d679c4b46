package dev.tiersync.salesforce;

import java.util.List;

/** A logged-in session on one org: pulls accounts and opportunities, writes TierSync's values and records. */
public interface OrgSession extends RecordReader, AccountWriter, RecordWriter, AudienceReader, AutoCloseable {

    /** The id of the org this session is logged in to, e.g. {@code 00D5g000004ABCD}. */
    String orgId();

    /** The org's current time, by its own clock. */
    java.time.Instant serverTime();

    /** API requests this session has made so far, logins included. */
    int apiCalls();

    /**
     * Writes many updates at once through the org's bulk interface, with one result per update in the
     * same order. Without one, the updates go in calls of {@link #MAX_UPDATES_PER_CALL}.
     */
    default List<WriteResult> bulkUpdate(List<AccountUpdate> updates) {
        List<WriteResult> results = new java.util.ArrayList<>(updates.size());
        for (int from = 0; from < updates.size(); from += MAX_UPDATES_PER_CALL) {
            results.addAll(update(updates.subList(from, Math.min(updates.size(), from + MAX_UPDATES_PER_CALL))));
        }
        return results;
    }

    /**
     * The calls {@link #bulkUpdate} spends on this many updates, for a dry run's estimate. Without a bulk
     * interface, the calls of {@link #MAX_UPDATES_PER_CALL} each.
     */
    default int bulkUpdateCalls(int updates) {
        return (updates + MAX_UPDATES_PER_CALL - 1) / MAX_UPDATES_PER_CALL;
    }

    /** The org's API usage as last reported, if any answer reported it yet. */
    default java.util.Optional<ApiUsage> apiUsage() {
        return java.util.Optional.empty();
    }

    /** Ends the session; never throws. */
    @Override
    void close();
}
