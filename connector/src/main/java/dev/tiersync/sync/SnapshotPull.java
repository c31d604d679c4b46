package dev.tiersync.sync;

import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.PullScope;
import dev.tiersync.salesforce.Pulled;
import dev.tiersync.salesforce.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an org's snapshot up to date. The first run, a run asked to, and a run after the full-pull
 * interval pull everything and then remove what the org no longer has; other runs pull, with
 * {@code queryAll}, only records whose {@code SystemModstamp} is at or after the cursor less an
 * overlap, deletions included, ordered by {@code SystemModstamp} then {@code Id}. The cursor is the
 * org's time when the pull started (so clock skew between TierSync and the org does not matter) and
 * moves only once everything pulled is stored. Records this run writes change after that time, so
 * the next run pulls them once more and sees the values they now hold.
 */
final class SnapshotPull {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPull.class);

    /** Pulled pages that may wait to be stored: enough to keep both threads busy, few enough to keep memory flat. */
    static final int PAGES_IN_FLIGHT = 2;

    private final OrgSession session;
    private final SnapshotStore store;
    private final String org;
    private final SyncSettings settings;
    private final RelatedPull related;
    private final OrgFieldPull named;
    /** The named fields as describe spells them, once checked. */
    private OrgFieldPull orgFields;
    /** What this pull has brought so far: read when it stops part-way, so the report says so. */
    private volatile Pulls soFar;
    private volatile boolean fullSoFar;

    SnapshotPull(OrgSession session, SnapshotStore store, String org, SyncSettings settings) {
        this(session, store, org, settings, java.util.Set.of());
    }

    /** @param relatedUsed the objects besides Account and Opportunity that the rules read ({@link RelatedPull}) */
    SnapshotPull(OrgSession session, SnapshotStore store, String org, SyncSettings settings,
                 java.util.Set<dev.tiersync.domain.behaviour.RelatedObject> relatedUsed) {
        this(session, store, org, settings, relatedUsed, OrgFieldPull.NONE);
    }

    /** @param orgFields the org's own Account fields the rules name, pulled beside the catalog's */
    SnapshotPull(OrgSession session, SnapshotStore store, String org, SyncSettings settings,
                 java.util.Set<dev.tiersync.domain.behaviour.RelatedObject> relatedUsed, OrgFieldPull orgFields) {
        this.session = session;
        this.store = store;
        this.org = org;
        this.settings = settings;
        this.related = new RelatedPull(session, store, org, relatedUsed);
        this.named = orgFields;
        this.orgFields = orgFields;
    }

    /**
     * @throws dev.tiersync.salesforce.SalesforceRequestException naming the rules key when the rules name an Account field
     *     the org does not have or the API user cannot read; nothing is pulled then
     */
    PullSummary run(Instant now, boolean fullAskedFor) {
        orgFields = named.checked(session);
        Optional<SyncCursor> cursor = store.cursor(org);
        String fullReason = fullAskedFor ? "a full pull was asked for"
                : cursor.isEmpty() ? "first run against this org"
                : !cursor.get().lastFullPull().plus(settings.fullPullEvery()).isAfter(now)
                ? "reconciliation due: last full pull " + cursor.get().lastFullPull()
                : orgFields.notPulledIn(store, org, cursor.get().generation()).map(names -> "the rules name Account fields "
                        + "the snapshot does not hold yet: " + String.join(", ", names)).orElse(null);
        fullSoFar = fullReason != null;
        Instant started = session.serverTime();
        return fullReason != null ? full(now, started, fullReason, cursor) : incremental(started, cursor.orElseThrow());
    }

    private PullSummary full(Instant now, Instant started, String reason, Optional<SyncCursor> cursor) {
        long generation = cursor.map(SyncCursor::generation).orElse(0L) + 1;
        log.info("pulling everything from org {}: {}", org, reason);
        PullScope scope = PullScope.everything(settings.bulkPullThreshold());
        Pulls pulls = pullBoth(scope, generation).with(related.run(scope, generation, true));
        orgFields.recordPulled(store, org, generation);
        int removed = store.removeOlderThan(org, generation);
        store.saveCursor(org, new SyncCursor(started, now, generation));
        return pulls.summary(true, reason, removed);
    }

    private PullSummary incremental(Instant started, SyncCursor cursor) {
        Duration overlap = settings.pullOverlap();
        Instant since = cursor.pulledUpTo().minus(overlap);
        PullScope scope = PullScope.changedSince(since, settings.bulkPullThreshold());
        Pulls pulls = pullBoth(scope, cursor.generation()).with(related.run(scope, cursor.generation(), false));
        store.saveCursor(org, new SyncCursor(started, cursor.lastFullPull(), cursor.generation()));
        String reason = "changes since " + since + " (the last pull's start less " + overlap + " overlap)";
        log.info("pulled {} changed accounts and {} changed opportunities from org {}, {} deleted", pulls.accounts().records,
                pulls.opportunities().records, org, pulls.deleted());
        return pulls.summary(false, reason, 0);
    }

    /**
     * Pulls accounts, then opportunities, into the store under a generation. Pages are stored on a thread of their
     * own while the next ones are fetched; this returns once every page is stored.
     */
    private Pulls pullBoth(PullScope scope, long generation) {
        Tally accounts = new Tally();
        Tally opportunities = new Tally();
        soFar = new Pulls(accounts, opportunities, Route.NONE, Route.NONE, RelatedPulls.NONE);
        try (PageWriter writer = new PageWriter(org, PAGES_IN_FLIGHT)) {
            Route accountRoute = session.pullAccounts(scope, orgFields.names(), page -> {
                accounts.add(page);
                writer.store(() -> store.putAccounts(org, generation, page));
            });
            Route opportunityRoute = session.pullOpportunities(scope, page -> {
                opportunities.add(page);
                writer.store(() -> store.putOpportunities(org, generation, page));
            });
            writer.finish();
            return new Pulls(accounts, opportunities, accountRoute, opportunityRoute, RelatedPulls.NONE);
        }
    }

    /**
     * What a pull that stopped part-way (the API limit, a failure) had pulled by then; what was stored stays in the
     * snapshot, and the cursor stays where it was, so the next run pulls from there again.
     */
    PullSummary stoppedPartWay() {
        Pulls pulls = soFar;
        if (pulls == null) {
            return PullSummary.NONE;
        }
        return pulls.summary(fullSoFar, "stopped part-way: " + pulls.accounts().records + " accounts and "
                + pulls.opportunities().records + " opportunities pulled before the stop, kept in the snapshot; the cursor "
                + "did not move, so the next run pulls " + (fullSoFar ? "everything" : "what changed") + " again", 0);
    }

    /** What one pull of both objects, and of the related ones, brought. */
    private record Pulls(Tally accounts, Tally opportunities, Route accountRoute, Route opportunityRoute, RelatedPulls related) {

        Pulls with(RelatedPulls pulled) {
            return new Pulls(accounts, opportunities, accountRoute, opportunityRoute, pulled);
        }

        int deleted() {
            return accounts.deleted + opportunities.deleted;
        }

        PullSummary summary(boolean full, String reason, int removed) {
            return new PullSummary(full, reason, accounts.records, opportunities.records, deleted(), removed, accountRoute,
                    opportunityRoute, related);
        }
    }

    /** Counts a pull's records. */
    private static final class Tally {
        int records;
        int deleted;

        void add(List<? extends Pulled<?>> page) {
            for (Pulled<?> pulled : page) {
                records++;
                if (pulled.deleted()) {
                    deleted++;
                }
            }
        }
    }
}
