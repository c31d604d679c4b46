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
import java.util.Arrays;
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
    private final Map<String, Facts> byAccount;
    /** The case priorities met, each once: a case keeps its priority's index here (0 for none). */
    private final List<String> priorities;

    private Relationships(Set<RelatedObject> known, Map<String, Facts> byAccount, List<String> priorities) {
        this.known = known;
        this.empty = known.isEmpty() ? Relationship.UNKNOWN : new Relationship(known, List.of(), List.of(), List.of(), Map.of());
        this.byAccount = byAccount;
        this.priorities = priorities;
    }

    static Relationships load(SnapshotStore store, String org, Set<RelatedObject> readable,
                              Map<String, List<Opportunity>> opportunitiesByAccount) {
        Set<RelatedObject> known = EnumSet.noneOf(RelatedObject.class);
        Map<String, Facts> facts = new HashMap<>();
        List<String> priorities = new ArrayList<>();
        priorities.add(null);
        Map<String, Integer> priorityIndex = new HashMap<>();
        if (readable.contains(RelatedObject.CASES)) {
            store.forEachRecord(org, CaseFields.ALL, c -> {
                known.add(RelatedObject.CASES);
                String account = c.get(CaseFields.ACCOUNT_ID);
                LocalDate opened = day(c.get(CaseFields.CREATED_DATE));
                if (account != null && opened != null) {
                    String priority = c.get(CaseFields.PRIORITY);
                    int index = priority == null ? 0 : priorityIndex.computeIfAbsent(priority, p -> {
                        priorities.add(p);
                        return priorities.size() - 1;
                    });
                    facts.computeIfAbsent(account, a -> new Facts()).addCase(opened, index);
                }
            });
        }
        if (readable.contains(RelatedObject.TASKS)) {
            store.forEachRecord(org, TaskFields.ALL, t -> {
                known.add(RelatedObject.TASKS);
                String account = t.get(TaskFields.ACCOUNT_ID);
                LocalDate day = t.get(TaskFields.ACTIVITY_DATE) != null ? t.get(TaskFields.ACTIVITY_DATE) : day(t.get(TaskFields.CREATED_DATE));
                if (account != null && day != null) {
                    facts.computeIfAbsent(account, a -> new Facts()).addActivity(
                            ActivityKind.ofTask(t.get(TaskFields.TASK_SUBTYPE), t.get(TaskFields.TYPE)), day);
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
                    facts.computeIfAbsent(account, a -> new Facts()).addActivity(ActivityKind.MEETING, day);
                }
            });
        }
        if (readable.contains(RelatedObject.CONTACTS)) {
            store.forEachRecord(org, ContactFields.ALL, c -> {
                known.add(RelatedObject.CONTACTS);
                String account = c.get(ContactFields.ACCOUNT_ID);
                if (account != null) {
                    facts.computeIfAbsent(account, a -> new Facts()).addContact(day(c.get(ContactFields.CREATED_DATE)));
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
                            facts.computeIfAbsent(account, a -> new Facts()).addDeal(deal.id(), contacts);
                        }
                    }
                });
            }
        }
        return new Relationships(known, facts, priorities);
    }

    /** The account's relationship, made afresh from what is kept of it. */
    Relationship of(String accountId) {
        Facts facts = byAccount.get(accountId);
        return facts == null ? empty : facts.relationship(known, priorities);
    }

    Set<RelatedObject> known() {
        return known;
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * What is kept of one account's related records, as numbers in arrays rather than an object per record: a
     * case as its day and priority index, an activity as its day and kind, a contact as its day (or none), a deal
     * as its id and contacts. 100,000 accounts with millions of related records fit in a small heap this way.
     */
    private static final class Facts {
        private static final long[] NO_LONGS = new long[0];
        private static final int[] NO_INTS = new int[0];
        private static final String[] NO_DEALS = new String[0];
        private static final int NO_DAY = Integer.MIN_VALUE;
        private static final ActivityKind[] KINDS = ActivityKind.values();

        private long[] cases = NO_LONGS;
        private int caseCount;
        private long[] activities = NO_LONGS;
        private int activityCount;
        private int[] contacts = NO_INTS;
        private int contactCount;
        private String[] deals = NO_DEALS;
        private int[] dealContacts = NO_INTS;
        private int dealCount;

        void addCase(LocalDate opened, int priority) {
            if (caseCount == cases.length) {
                cases = Arrays.copyOf(cases, grown(caseCount));
            }
            cases[caseCount++] = pack(opened, priority);
        }

        void addActivity(ActivityKind kind, LocalDate day) {
            if (activityCount == activities.length) {
                activities = Arrays.copyOf(activities, grown(activityCount));
            }
            activities[activityCount++] = pack(day, kind.ordinal());
        }

        void addContact(LocalDate since) {
            if (contactCount == contacts.length) {
                contacts = Arrays.copyOf(contacts, grown(contactCount));
            }
            contacts[contactCount++] = since == null ? NO_DAY : Math.toIntExact(since.toEpochDay());
        }

        void addDeal(String deal, int contactsOfDeal) {
            if (dealCount == deals.length) {
                deals = Arrays.copyOf(deals, grown(dealCount));
                dealContacts = Arrays.copyOf(dealContacts, deals.length);
            }
            deals[dealCount] = deal;
            dealContacts[dealCount++] = contactsOfDeal;
        }

        Relationship relationship(Set<RelatedObject> known, List<String> priorities) {
            List<SupportCase> caseList = new ArrayList<>(caseCount);
            for (int i = 0; i < caseCount; i++) {
                caseList.add(new SupportCase(priorities.get(low(cases[i])), high(cases[i])));
            }
            List<Activity> activityList = new ArrayList<>(activityCount);
            for (int i = 0; i < activityCount; i++) {
                activityList.add(new Activity(KINDS[low(activities[i])], high(activities[i])));
            }
            List<LocalDate> contactList = new ArrayList<>(contactCount);
            for (int i = 0; i < contactCount; i++) {
                contactList.add(contacts[i] == NO_DAY ? null : LocalDate.ofEpochDay(contacts[i]));
            }
            Map<String, Integer> perDeal = new HashMap<>(dealCount * 2);
            for (int i = 0; i < dealCount; i++) {
                perDeal.put(deals[i], dealContacts[i]);
            }
            return new Relationship(known, caseList, activityList, contactList, perDeal);
        }

        private static int grown(int size) {
            return size == 0 ? 2 : size + (size >> 1) + 1;
        }

        private static long pack(LocalDate day, int code) {
            return (day.toEpochDay() << 32) | (code & 0xffffffffL);
        }

        private static LocalDate high(long packed) {
            return LocalDate.ofEpochDay(packed >> 32);
        }

        private static int low(long packed) {
            return (int) packed;
        }
    }
}
