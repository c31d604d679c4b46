package dev.tiersync.sync;

import dev.tiersync.domain.behaviour.RelatedObject;
import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.OpportunityFields;
import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.PullScope;
import dev.tiersync.salesforce.Route;
import dev.tiersync.concurrent.AllAtOnce;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an org's snapshot up to date. The first run, a run asked to, and a run after the full-pull
 * interval pull everything and then remove what the org no longer has; other runs pull, with
 * {@code queryAll}, only records whose {@code SystemModstamp} is at or after the cursor less an
 * overlap, deletions included. Every object comes in id order and its position is kept as its pages are stored
 * ({@link PullPositions}), so a pull stopped part-way (the API limit, a failure, the process ending) goes on from
 * there on the next run instead of starting over. The cursor is the org's time when the pull began (so clock skew
 * between TierSync and the org does not matter, and a pull finished by a later run still catches every change made
 * while it was stopped) and moves only once everything pulled is stored. Records this run writes change after that
 * time, so the next run pulls them once more and sees the values they now hold.
 */
final class SnapshotPull {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPull.class);

    /** Pulled pages of one stream that may wait to be stored: enough to keep both threads busy, few enough to keep memory flat. */
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
    private volatile PullProgress pulling;

    SnapshotPull(OrgSession session, SnapshotStore store, String org, SyncSettings settings) {
        this(session, store, org, settings, Set.of());
    }

    /** @param relatedUsed the objects besides Account and Opportunity that the rules read ({@link RelatedPull}) */
    SnapshotPull(OrgSession session, SnapshotStore store, String org, SyncSettings settings, Set<RelatedObject> relatedUsed) {
        this(session, store, org, settings, relatedUsed, OrgFieldPull.NONE);
    }

    /** @param orgFields the org's own Account fields the rules name, pulled beside the catalog's */
    SnapshotPull(OrgSession session, SnapshotStore store, String org, SyncSettings settings, Set<RelatedObject> relatedUsed,
                 OrgFieldPull orgFields) {
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
        Optional<PullProgress> unfinished = fullAskedFor ? Optional.empty() : store.pullInProgress(org)
                .filter(pull -> resumable(pull, fullReason, cursor));
        if (unfinished.isPresent()) {
            PullProgress pull = unfinished.get();
            log.info("org {}: going on with the {} begun {}, which stopped after {} records", org, what(pull), pull.begunAt(),
                    pull.records());
            return pull(pull, cursor, now, true);
        }
        Instant started = session.serverTime();
        PullProgress pull;
        if (fullReason != null) {
            long generation = cursor.map(SyncCursor::generation).orElse(0L) + 1;
            log.info("pulling everything from org {}: {}", org, fullReason);
            pull = PullProgress.begun(generation, null, started, now, fullReason, orgFields.names());
        } else {
            Duration overlap = settings.pullOverlap();
            Instant since = cursor.orElseThrow().pulledUpTo().minus(overlap);
            pull = PullProgress.begun(cursor.get().generation(), since, started, now,
                    "changes since " + since + " (the last pull's start less " + overlap + " overlap)", orgFields.names());
        }
        store.beginPull(org, pull);
        return pull(pull, cursor, now, false);
    }

    /**
     * Whether the next run goes on with a pull in progress: a full one always (unless a new full pull was asked for),
     * an incremental one unless a full pull is due now. Accounts are pulled again from the first when the rules have
     * changed the org's own fields since.
     */
    private static boolean resumable(PullProgress pull, String fullReason, Optional<SyncCursor> cursor) {
        if (pull.full()) {
            return true;
        }
        return fullReason == null && cursor.isPresent() && cursor.get().generation() == pull.generation();
    }

    private PullSummary pull(PullProgress pull, Optional<SyncCursor> cursor, Instant now, boolean resumed) {
        pulling = pull;
        if (!pull.orgFields().equals(orgFields.names())) {
            // the rules changed the org's own fields since the pull began: the accounts stored so far lack them
            pull = pull.restarting(AccountFields.ALL.object(), orgFields.names());
            store.beginPull(org, pull);
            pulling = pull;
        }
        PullScope scope = pull.full() ? PullScope.everything(settings.bulkPullThreshold())
                : PullScope.changedSince(pull.changedSince(), settings.bulkPullThreshold());
        PullPositions positions = new PullPositions(store, org, pull);
        ObjectPull objects = new ObjectPull(session, org, positions, settings.pullStreams());
        Pulls pulls = pullAll(scope, pull, positions, objects);
        int removed = 0;
        if (pull.full()) {
            orgFields.recordPulled(store, org, pull.generation());
            removed = store.removeOlderThan(org, pull.generation());
        }
        store.saveCursor(org, new SyncCursor(pull.startedAt(), pull.full() ? now : cursor.orElseThrow().lastFullPull(),
                pull.generation()));
        String reason = resumed ? "went on with the " + what(pull) + " begun " + pull.begunAt() + " (" + pull.reason()
                + "), which had stored " + pull.records() + " records before it stopped" : pull.reason();
        if (!pull.full()) {
            log.info("pulled {} changed accounts and {} changed opportunities from org {}, {} deleted", pulls.accounts().records(),
                    pulls.opportunities().records(), org, pulls.deleted());
        }
        return pulls.summary(pull.full(), reason, removed);
    }

    private static String what(PullProgress pull) {
        return pull.full() ? "full pull" : "pull of changes";
    }

    /**
     * Pulls accounts, opportunities and the related objects the rules read into the store under the pull's generation,
     * each from where an earlier run of the pull left it, up to {@code pull-objects-at-once} of them at the same time
     * (in that order when one at a time). Pages are stored on writer threads while the next ones are fetched. Once an
     * object's pull fails, the objects not begun yet are not begun; those under way go on to their end, so what they
     * store and their positions stay good for the next run.
     */
    private Pulls pullAll(PullScope scope, PullProgress pull, PullPositions positions, ObjectPull objects) {
        PullPositions.Tally accounts = new PullPositions.Tally();
        PullPositions.Tally opportunities = new PullPositions.Tally();
        soFar = new Pulls(accounts, opportunities, Route.NONE, Route.NONE, RelatedPulls.NONE);
        String account = AccountFields.ALL.object();
        String opportunity = OpportunityFields.ALL.object();
        List<Callable<Object>> tasks = new ArrayList<>();
        tasks.add(() -> objects.done(account) ? Route.NONE : objects.<Account>run(account, scope, pull.full(),
                (within, sink) -> session.pullAccounts(within, orgFields.names(), sink),
                page -> store.putAccounts(org, pull.generation(), page), accounts));
        tasks.add(() -> objects.done(opportunity) ? Route.NONE : objects.<Opportunity>run(opportunity, scope, pull.full(),
                session::pullOpportunities, page -> store.putOpportunities(org, pull.generation(), page), opportunities));
        related.pulls(scope, pull.generation(), pull.full(), positions, objects).forEach(task -> tasks.add(task::call));
        List<Object> done = AllAtOnce.run("tiersync-pull-" + org, settings.pullObjectsAtOnce(), tasks,
                failed -> new SnapshotStoreException("pulling from org " + org + " failed: " + failed, failed));
        List<RelatedPull.Outcome> relatedOutcomes = new ArrayList<>();
        for (Object outcome : done.subList(2, done.size())) {
            relatedOutcomes.add((RelatedPull.Outcome) outcome);
        }
        Pulls pulled = new Pulls(accounts, opportunities, (Route) done.get(0), (Route) done.get(1),
                RelatedPull.collect(relatedOutcomes));
        soFar = pulled;
        return pulled;
    }

    /**
     * What a pull that stopped part-way (the API limit, a failure) had pulled by then; what was stored stays in the
     * snapshot with each object's position, and the cursor stays where it was, so the next run goes on from there.
     */
    PullSummary stoppedPartWay() {
        Pulls pulls = soFar;
        PullProgress pull = pulling;
        if (pulls == null || pull == null) {
            return PullSummary.NONE;
        }
        return pulls.summary(pull.full(), "stopped part-way: " + pulls.accounts().records() + " accounts and "
                + pulls.opportunities().records() + " opportunities pulled before the stop, kept in the snapshot; the cursor "
                + "did not move, and the next run goes on with the " + what(pull) + " from where this one stopped", 0);
    }

    /** What one pull of both objects, and of the related ones, brought. */
    private record Pulls(PullPositions.Tally accounts, PullPositions.Tally opportunities, Route accountRoute,
                         Route opportunityRoute, RelatedPulls related) {

        int deleted() {
            return accounts.deleted() + opportunities.deleted();
        }

        PullSummary summary(boolean full, String reason, int removed) {
            return new PullSummary(full, reason, accounts.records(), opportunities.records(), deleted(), removed, accountRoute,
                    opportunityRoute, related);
        }
    }
}
