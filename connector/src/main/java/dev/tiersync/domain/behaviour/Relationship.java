package dev.tiersync.domain.behaviour;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the org records of one account's relationship besides its deals.
 *
 * @param known the objects the org let TierSync read and that hold any record: what is not known is not zero
 * @param cases the account's support cases
 * @param activities its calls, emails, meetings and other tasks
 * @param contactsSince the day each of its contacts was created
 * @param contactsPerDeal how many contacts took part in each of its deals, by opportunity id (deals without any absent)
 */
public record Relationship(Set<RelatedObject> known, List<SupportCase> cases, List<Activity> activities,
                           List<LocalDate> contactsSince, Map<String, Integer> contactsPerDeal) {

    /** Nothing known: an org that records none of it, or a run that did not read it. */
    public static final Relationship UNKNOWN = new Relationship(Set.of(), List.of(), List.of(), List.of(), Map.of());

    public Relationship {
        known = known.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(known));
        cases = List.copyOf(cases);
        activities = List.copyOf(activities);
        contactsSince = List.copyOf(contactsSince);
        contactsPerDeal = Map.copyOf(contactsPerDeal);
    }

    public boolean knows(RelatedObject object) {
        return known.contains(object);
    }

    /** True when the org records activities of either kind. */
    public boolean knowsActivities() {
        return knows(RelatedObject.TASKS) || knows(RelatedObject.EVENTS);
    }
}
