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
 * which rules go without it; an object first read by an incremental run is pulled in full once.
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

    RelatedPull(OrgSession session, SnapshotStore store, String org, Set<RelatedObject> used) {
        this.session = session;
        this.store = store;
        this.org = org;
        this.used = used.isEmpty() ? EnumSet.noneOf(RelatedObject.class) : EnumSet.copyOf(used);
    }

    /**
     * @param scope the accounts' scope: everything on a full pull, changes since the cursor otherwise
     * @param full whether this is a full pull
     * @param positions where an earlier run of this pull left each object
     * @param objects how each object is pulled and stored
     */
    RelatedPulls run(PullScope scope, long generation, boolean full, PullPositions positions, ObjectPull objects) {
        if (used.isEmpty()) {
            return RelatedPulls.NONE;
        }
        Set<String> queryable = session.queryableObjects();
        Map<RelatedObject, Integer> pulled = new EnumMap<>(RelatedObject.class);
        Map<RelatedObject, Route> routes = new EnumMap<>(RelatedObject.class);
        Set<RelatedObject> readable = EnumSet.noneOf(RelatedObject.class);
        List<String> skipped = new ArrayList<>();
        for (RelatedObject object : used) {
            if (!queryable.contains(object.apiName())) {
                skipped.add(skip(object, "the API user cannot read it (no permission, or the object is off in this org)"));
                continue;
            }
            if (objects.done(object.apiName())) {
                pulled.put(object, 0);
                routes.put(object, Route.NONE);
                readable.add(object);
                continue;
            }
            OptionalLong fullIn = store.relatedPulledIn(org, object.apiName());
            boolean whole = positions.progress().whole(object.apiName())
                    .orElse(full || fullIn.isEmpty() || fullIn.getAsLong() != generation);
            PullScope objectScope = whole ? PullScope.everything(scope.bulkThreshold()) : scope;
            PullPositions.Tally count = new PullPositions.Tally();
            FieldSet fields = FIELDS.get(object);
            try {
                routes.put(object, objects.<FieldValues>run(object.apiName(), objectScope, whole,
                        (within, sink) -> session.pullRecords(fields, within, sink),
                        page -> store.putRecords(org, fields, generation, page), count));
            } catch (SalesforceRequestException refused) {
                skipped.add(skip(object, "Salesforce refused the query: " + refused.getMessage()));
                continue;
            }
            if (whole) {
                store.recordRelatedPull(org, object.apiName(), generation);
            }
            pulled.put(object, count.records());
            readable.add(object);
        }
        return new RelatedPulls(pulled, routes, readable, skipped);
    }

    private String skip(RelatedObject object, String why) {
        String line = "no access to " + object.apiName() + ": " + why + "; " + object.usedFor() + " skipped";
        log.warn("org {}: {}", org, line);
        return line;
    }
}
