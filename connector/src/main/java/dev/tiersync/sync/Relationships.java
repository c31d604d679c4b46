package dev.tiersync.sync;

import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.behaviour.Activity;
import dev.tiersync.domain.behaviour.ActivityKind;
import dev.tiersync.domain.behaviour.RelatedObject;
import dev.tiersync.domain.behaviour.Relationship;
import dev.tiersync.domain.behaviour.SupportCase;
import dev.tiersync.domain.catalog.CaseFields;
import dev.tiersync.domain.catalog.ContactFields;
import dev.tiersync.domain.catalog.ContactRoleFields;
import dev.tiersync.domain.catalog.EventFields;
import dev.tiersync.domain.catalog.TaskFields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every account's {@link Relationship} from the snapshot's related records. An object is known when the API
 * user could read it this run and the org holds any record of it: an org that keeps no cases has no cost
 * to serve from cases, which is not a cost of zero.
 */
final class Relationships {

    private final Set<RelatedObject> known;
    private final Relationship empty;
    private final Map<String, Builder> byAccount = new HashMap<>();

    private Relationships(Set<RelatedObject> known) {
        this.known = known;
        this.empty = known.isEmpty() ? Relationship.UNKNOWN : new Relationship(known, List.of(), List.of(), List.of(), Map.of());
    }

    static Relationships load(SnapshotStore store, String org, Set<RelatedObject> readable,
                              Map<String, List<Opportunity>> opportunitiesByAccount) {
        Set<RelatedObject> known = EnumSet.noneOf(RelatedObject.class);
        Map<String, Builder> builders = new HashMap<>();
        if (readable.contains(RelatedObject.CASES)) {
            store.forEachRecord(org, CaseFields.ALL, c -> {
                known.add(RelatedObject.CASES);
                String account = c.get(CaseFields.ACCOUNT_ID);
                LocalDate opened = day(c.get(CaseFields.CREATED_DATE));
                if (account != null && opened != null) {
                    builders.computeIfAbsent(account, a -> new Builder()).cases.add(new SupportCase(c.get(CaseFields.PRIORITY), opened));
                }
            });
        }
        if (readable.contains(RelatedObject.TASKS)) {
            store.forEachRecord(org, TaskFields.ALL, t -> {
                known.add(RelatedObject.TASKS);
                String account = t.get(TaskFields.ACCOUNT_ID);
                LocalDate day = t.get(TaskFields.ACTIVITY_DATE) != null ? t.get(TaskFields.ACTIVITY_DATE) : day(t.get(TaskFields.CREATED_DATE));
                if (account != null && day != null) {
                    builders.computeIfAbsent(account, a -> new Builder()).activities.add(new Activity(
                            ActivityKind.ofTask(t.get(TaskFields.TASK_SUBTYPE), t.get(TaskFields.TYPE)), day));
                }
            });
        }
        if (readable.contains(RelatedObject.EVENTS)) {
            store.forEachRecord(org, EventFields.ALL, e -> {
                known.add(RelatedObject.EVENTS);
                String account = e.get(EventFields.ACCOUNT_ID);
                LocalDate day = e.get(EventFields.ACTIVITY_DATE) != null ? e.get(EventFields.ACTIVITY_DATE)
                        : day(e.get(EventFields.CREATED_DATE));
                if (account != null && day != null) {
                    builders.computeIfAbsent(account, a -> new Builder()).activities.add(new Activity(ActivityKind.MEETING, day));
                }
            });
        }
        if (readable.contains(RelatedObject.CONTACTS)) {
            store.forEachRecord(org, ContactFields.ALL, c -> {
                known.add(RelatedObject.CONTACTS);
                String account = c.get(ContactFields.ACCOUNT_ID);
                if (account != null) {
                    builders.computeIfAbsent(account, a -> new Builder()).contacts.add(day(c.get(ContactFields.CREATED_DATE)));
                }
            });
        }
        if (readable.contains(RelatedObject.CONTACT_ROLES)) {
            Map<String, Integer> perDeal = new HashMap<>();
            store.forEachRecord(org, ContactRoleFields.ALL, r -> {
                known.add(RelatedObject.CONTACT_ROLES);
                String deal = r.get(ContactRoleFields.OPPORTUNITY_ID);
                if (deal != null) {
                    perDeal.merge(deal, 1, Integer::sum);
                }
            });
            if (!perDeal.isEmpty()) {
                opportunitiesByAccount.forEach((account, deals) -> {
                    for (Opportunity deal : deals) {
                        Integer contacts = perDeal.get(deal.id());
                        if (contacts != null) {
                            builders.computeIfAbsent(account, a -> new Builder()).contactsPerDeal.put(deal.id(), contacts);
                        }
                    }
                });
            }
        }
        Relationships relationships = new Relationships(known);
        relationships.byAccount.putAll(builders);
        return relationships;
    }

    /** The account's relationship. */
    Relationship of(String accountId) {
        Builder builder = byAccount.get(accountId);
        return builder == null ? empty : new Relationship(known, builder.cases, builder.activities, builder.contacts,
                builder.contactsPerDeal);
    }

    Set<RelatedObject> known() {
        return known;
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static final class Builder {
        final List<SupportCase> cases = new ArrayList<>(2);
        final List<Activity> activities = new ArrayList<>(4);
        final List<LocalDate> contacts = new ArrayList<>(4);
        final Map<String, Integer> contactsPerDeal = new HashMap<>(4);
    }
}
