package dev.tiersync.sync;

import dev.tiersync.salesforce.Route;

/**
 * What a run pulled from the org.
 *
 * @param full whether everything was pulled, rather than what changed since the last run
 * @param reason why the pull was full or incremental
 * @param accounts accounts pulled (changed ones, when incremental), deletions included
 * @param opportunities opportunities pulled, deletions included
 * @param deleted deleted records seen by an incremental pull
 * @param removed records a full pull found gone from the org and removed from the snapshot
 * @param accountRoute how accounts were pulled
 * @param opportunityRoute how opportunities were pulled
 * @param related what was pulled of the other objects the rules read, and which could not be read
 */
public record PullSummary(boolean full, String reason, int accounts, int opportunities, int deleted, int removed,
                          Route accountRoute, Route opportunityRoute, RelatedPulls related) {

    /** No pull happened: the run stopped before it. */
    public static final PullSummary NONE = new PullSummary(false, "nothing pulled", 0, 0, 0, 0, Route.NONE, Route.NONE);

    public PullSummary {
        related = related == null ? RelatedPulls.NONE : related;
    }

    /** A pull of accounts and opportunities alone. */
    public PullSummary(boolean full, String reason, int accounts, int opportunities, int deleted, int removed, Route accountRoute,
                       Route opportunityRoute) {
        this(full, reason, accounts, opportunities, deleted, removed, accountRoute, opportunityRoute, RelatedPulls.NONE);
    }
}
