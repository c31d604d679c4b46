package dev.tiersync.sync;

import dev.tiersync.domain.behaviour.RelatedObject;
import dev.tiersync.domain.catalog.CaseFields;
import dev.tiersync.domain.catalog.ContactFields;
import dev.tiersync.domain.catalog.ContactRoleFields;
import dev.tiersync.domain.catalog.EventFields;
import dev.tiersync.domain.catalog.TaskFields;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.PullScope;
import dev.tiersync.salesforce.Route;
import dev.tiersync.salesforce.SalesforceRequestException;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the objects besides Account and Opportunity that the rules use, by the same cursor as they are
 * (queryAll with deletions when incremental, the Bulk API above the threshold), after one describe call
 * to see which the API user can read. An object the user cannot read is skipped with one line saying
 * which rules go without it; an object first read by an incremental run is pulled in full once. Each object is a
 * task of its own, so a pull may bring them at the same time as each other and as accounts and opportunities.
 */
final class RelatedPull {

    private static final Logger log = LoggerFactory.getLogger(RelatedPull.class);

    static final Map<RelatedObject, FieldSet> FIELDS = Map.of(
            RelatedObject.CASES, CaseFields.ALL,
            RelatedObject.TASKS, TaskFields.ALL,
            RelatedObject.EVENTS, EventFields.ALL,
            RelatedObject.CONTACTS, ContactFields.ALL,
            RelatedObject.CONTACT_ROLES, ContactRoleFields.ALL);

    private final OrgSession session;
    private final SnapshotStore store;
    private final String org;
    private final Set<RelatedObject> used;
    private Set<String> queryable;

    RelatedPull(OrgSession session, SnapshotStore store, String org, Set<RelatedObject> used) {
        this.session = session;
        this.store = store;
        this.org = org;
        this.used = used.isEmpty() ? EnumSet.noneOf(RelatedObject.class) : EnumSet.copyOf(used);
    }

    /**
     * One task per object the rules use, each pulling it (or saying why it is skipped); they may run one after the other
     * or at once, and the first to run asks once which objects the API user can read. Their outcomes go to
     * {@link #collect}, in the order of the tasks.
     *
     * @param scope the accounts' scope: everything on a full pull, changes since the cursor otherwise
     * @param full whether this is a full pull
     * @param positions where an earlier run of this pull left each object
     * @param objects how each object is pulled and stored
     */
    List<Callable<Outcome>> pulls(PullScope scope, long generation, boolean full, PullPositions positions, ObjectPull objects) {
        List<Callable<Outcome>> pulls = new ArrayList<>(used.size());
        for (RelatedObject object : used) {
            pulls.add(() -> pull(object, scope, generation, full, positions, objects));
        }
        return pulls;
    }

    /** What the objects' pulls brought, in the order of their tasks. */
    static RelatedPulls collect(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return RelatedPulls.NONE;
        }
        Map<RelatedObject, Integer> pulled = new EnumMap<>(RelatedObject.class);
        Map<RelatedObject, Route> routes = new EnumMap<>(RelatedObject.class);
        Set<RelatedObject> readable = EnumSet.noneOf(RelatedObject.class);
        List<String> skipped = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.skipped() != null) {
                skipped.add(outcome.skipped());
            } else {
                pulled.put(outcome.object(), outcome.records());
                routes.put(outcome.object(), outcome.route());
                readable.add(outcome.object());
            }
        }
        return new RelatedPulls(pulled, routes, readable, skipped);
    }

    /** One object's pull: records pulled and how, or the line saying why it was skipped. */
    record Outcome(RelatedObject object, int records, Route route, String skipped) {
    }

    private Outcome pull(RelatedObject object, PullScope scope, long generation, boolean full, PullPositions positions,
                         ObjectPull objects) {
        if (!queryable().contains(object.apiName())) {
            return skipped(object, "the API user cannot read it (no permission, or the object is off in this org)");
        }
        if (objects.done(object.apiName())) {
            return new Outcome(object, 0, Route.NONE, null);
        }
        OptionalLong fullIn = store.relatedPulledIn(org, object.apiName());
        boolean whole = positions.progress().whole(object.apiName())
                .orElse(full || fullIn.isEmpty() || fullIn.getAsLong() != generation);
        PullScope objectScope = whole ? PullScope.everything(scope.bulkThreshold()) : scope;
        PullPositions.Tally count = new PullPositions.Tally();
        FieldSet fields = FIELDS.get(object);
        Route route;
        try {
            route = objects.<FieldValues>run(object.apiName(), objectScope, whole,
                    (within, sink) -> session.pullRecords(fields, within, sink),
                    page -> store.putRecords(org, fields, generation, page), count);
        } catch (SalesforceRequestException refused) {
            return skipped(object, "Salesforce refused the query: " + refused.getMessage());
        }
        if (whole) {
            store.recordRelatedPull(org, object.apiName(), generation);
        }
        return new Outcome(object, count.records(), route, null);
    }

    /** The objects the API user can read, asked once (one describe call) by the first pull that needs to know. */
    private synchronized Set<String> queryable() {
        if (queryable == null) {
            queryable = session.queryableObjects();
        }
        return queryable;
    }

    private Outcome skipped(RelatedObject object, String why) {
        return new Outcome(object, 0, null, skip(object, why));
    }

    private String skip(RelatedObject object, String why) {
        String line = "no access to " + object.apiName() + ": " + why + "; " + object.usedFor() + " skipped";
        log.warn("org {}: {}", org, line);
        return line;
    }
}
