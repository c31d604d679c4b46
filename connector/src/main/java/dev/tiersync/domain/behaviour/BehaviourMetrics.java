package dev.tiersync.domain.behaviour;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What an account's relationship says about it as of a date. Each part says whether the org records it:
 * an org that keeps no cases has no cost to serve from cases, which is not a cost of zero.
 *
 * @param casesKnown whether the org records cases
 * @param casesByPriority cases opened in the 12 months before the as-of date, by priority (blank for none)
 * @param activitiesKnown whether the org records tasks or events
 * @param recent activities in the {@value #WINDOW_DAYS} days before the as-of date
 * @param prior activities in the {@value #WINDOW_DAYS} days before those
 * @param lastActivity the latest activity before the as-of date, or null
 * @param contactsKnown whether the org records contacts
 * @param contacts the account's contacts created before the as-of date
 * @param rolesKnown whether the org records the contacts on deals
 * @param contactsPerWonDeal the median number of contacts on the account's won deals that name any; NaN when none does
 */
public record BehaviourMetrics(boolean casesKnown, Map<String, Integer> casesByPriority, boolean activitiesKnown,
                               ActivityCounts recent, ActivityCounts prior, LocalDate lastActivity, LocalDate asOf,
                               boolean contactsKnown, int contacts, boolean rolesKnown, double contactsPerWonDeal) {

    public static final int WINDOW_DAYS = 90;

    public BehaviourMetrics {
        casesByPriority = java.util.Collections.unmodifiableMap(new TreeMap<>(casesByPriority));
    }

    public static BehaviourMetrics unknown(LocalDate asOf) {
        return new BehaviourMetrics(false, Map.of(), false, ActivityCounts.NONE, ActivityCounts.NONE, null, asOf, false, 0, false,
                Double.NaN);
    }

    /** @param wonDealIds the ids of the account's deals won before the as-of date */
    public static BehaviourMetrics of(Relationship relationship, Collection<String> wonDealIds, LocalDate asOf) {
        LocalDate yearAgo = asOf.minusYears(1);
        Map<String, Integer> cases = new TreeMap<>();
        for (SupportCase c : relationship.cases()) {
            if (!c.opened().isBefore(yearAgo) && c.opened().isBefore(asOf)) {
                cases.merge(c.priority() == null ? "" : c.priority(), 1, Integer::sum);
            }
        }
        ActivityCounts recent = ActivityCounts.NONE;
        ActivityCounts prior = ActivityCounts.NONE;
        LocalDate last = null;
        for (Activity a : relationship.activities()) {
            if (!a.day().isBefore(asOf)) {
                continue;
            }
            long ago = ChronoUnit.DAYS.between(a.day(), asOf);
            if (ago <= WINDOW_DAYS) {
                recent = recent.plus(a.kind());
            } else if (ago <= 2 * WINDOW_DAYS) {
                prior = prior.plus(a.kind());
            }
            if (last == null || a.day().isAfter(last)) {
                last = a.day();
            }
        }
        int contacts = (int) relationship.contactsSince().stream().filter(d -> d == null || d.isBefore(asOf)).count();
        double[] committees = wonDealIds.stream().map(relationship.contactsPerDeal()::get).filter(java.util.Objects::nonNull)
                .mapToDouble(Integer::doubleValue).sorted().toArray();
        return new BehaviourMetrics(relationship.knows(RelatedObject.CASES), cases, relationship.knowsActivities(), recent, prior,
                last, asOf, relationship.knows(RelatedObject.CONTACTS), contacts, relationship.knows(RelatedObject.CONTACT_ROLES),
                median(committees));
    }

    /** Cases opened in the last 12 months. */
    public int casesLastYear() {
        return casesByPriority.values().stream().mapToInt(Integer::intValue).sum();
    }

    public OptionalLong daysSinceActivity() {
        return lastActivity == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(lastActivity, asOf));
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    @Override
    public String toString() {
        return "BehaviourMetrics[cases=" + casesByPriority + ", recent=" + recent + ", prior=" + prior + ", contacts=" + contacts
                + ", contactsPerWonDeal=" + contactsPerWonDeal + ", known=" + Arrays.toString(new boolean[] {casesKnown,
                activitiesKnown, contactsKnown, rolesKnown}) + "]";
    }
}
