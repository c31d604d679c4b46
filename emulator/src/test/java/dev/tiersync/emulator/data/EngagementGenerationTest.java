package dev.tiersync.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.emulator.AccountKind;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.store.Clocks;
import dev.tiersync.emulator.store.InMemoryOrgStore;
import dev.tiersync.emulator.store.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each kind of generated account has the contacts, cases, activities and contact roles a CRM would hold for it. */
class EngagementGenerationTest {

    private static final LocalDate ANCHOR = LocalDate.of(2025, 1, 1);
    private static final int ACCOUNTS = 3_000;
    private static Map<String, List<Map<String, String>>> org;
    private static OrgData data;

    @BeforeAll
    static void generate() {
        data = OrgData.generateWithEngagement(ACCOUNTS, 42, ANCHOR);
        org = data.records();
    }

    @Test
    void theOpportunitiesAreThoseOfTheOrgWithoutEngagementAndTheOrgIsTheSameEveryTime() {
        assertThat(org.get("Opportunity")).isEqualTo(OrgData.generate(ACCOUNTS, 42, ANCHOR).records().get("Opportunity"));
        assertThat(org.get("Account")).isEqualTo(OrgData.generate(ACCOUNTS, 42, ANCHOR).records().get("Account"));
        assertThat(OrgData.generateWithEngagement(ACCOUNTS, 42, ANCHOR).records()).isEqualTo(org);
        assertThat(OrgData.generate(ACCOUNTS, 42, ANCHOR).records()).doesNotContainKeys("Contact", "Case", "Task", "Event");
    }

    @Test
    void everyRecordLoadsIntoTheOrgAndPointsAtRecordsOfItsOwnAccount() {
        InMemoryOrgStore store = new InMemoryOrgStore(Schema.standard(),
                new Clocks(Clock.fixed(ANCHOR.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        data.forEachRecord(store::insert);

        Map<String, String> contactAccount = new HashMap<>();
        org.get("Contact").forEach(c -> contactAccount.put(c.get("Id"), c.get("AccountId")));
        Map<String, String> opportunityAccount = new HashMap<>();
        org.get("Opportunity").forEach(o -> opportunityAccount.put(o.get("Id"), o.get("AccountId")));
        for (String type : List.of("Case", "Task", "Event")) {
            assertThat(org.get(type)).allSatisfy(r -> {
                String who = r.get(type.equals("Case") ? "ContactId" : "WhoId");
                assertThat(who == null || r.get("AccountId").equals(contactAccount.get(who))).as(type + " " + r.get("Id")).isTrue();
                assertThat(at(r.get("CreatedDate"))).isBefore(ANCHOR);
            });
        }
        assertThat(org.get("OpportunityContactRole")).allSatisfy(r ->
                assertThat(contactAccount.get(r.get("ContactId"))).isEqualTo(opportunityAccount.get(r.get("OpportunityId"))));
    }

    @Test
    void theRatiosAreThoseOfABusinessToBusinessOrg() {
        Set<String> customers = accountsOf(k -> k != AccountKind.PROSPECT);
        double contactsPerAccount = org.get("Contact").size() / (double) ACCOUNTS;
        double casesPerCustomerYear = org.get("Case").stream().filter(c -> at(c.get("CreatedDate")).isAfter(ANCHOR.minusYears(1))).count()
                / (double) customers.size();
        double activitiesPerAccountMonth = (org.get("Task").size() + org.get("Event").size()) / 12.0 / ACCOUNTS;
        Set<String> recentWins = new HashSet<>();
        org.get("Opportunity").stream().filter(o -> "true".equals(o.get("IsWon")) && LocalDate.parse(o.get("CloseDate"))
                .isAfter(ANCHOR.minusYears(1))).forEach(o -> recentWins.add(o.get("Id")));
        double rolesPerWin = org.get("OpportunityContactRole").size() / (double) recentWins.size();

        assertThat(contactsPerAccount).isBetween(3.0, 8.0);
        assertThat(casesPerCustomerYear).isBetween(1.0, 5.0);
        assertThat(activitiesPerAccountMonth).isBetween(0.4, 2.0);
        assertThat(rolesPerWin).isBetween(1.5, 4.0);
        assertThat(org.get("Event").size()).isBetween(org.get("Task").size() / 5, org.get("Task").size() / 2);
    }

    @Test
    void aShrinkingCustomersSupportLoadRisesAndItsActivityFades() {
        Set<String> shrinking = accountsOf(k -> k == AccountKind.SHRINKING);
        Set<String> steady = accountsOf(k -> k == AccountKind.STEADY);

        assertThat(ratio(count("Case", shrinking, 0, 365), count("Case", shrinking, 365, 730))).isGreaterThan(1.8);
        assertThat(ratio(count("Case", steady, 0, 365), count("Case", steady, 365, 730))).isBetween(0.8, 1.25);
        assertThat(ratio(activities(shrinking, 0, 90), activities(shrinking, 91, 180))).isLessThan(0.4);
        assertThat(ratio(activities(shrinking, 0, 182), activities(shrinking, 183, 365))).isLessThan(0.6);
        assertThat(ratio(activities(steady, 0, 182), activities(steady, 183, 365))).isBetween(0.85, 1.15);
        long highRecent = org.get("Case").stream().filter(c -> shrinking.contains(c.get("AccountId")) && "High".equals(c.get("Priority"))
                && daysAgo(c) < 365).count();
        assertThat(ratio(highRecent, count("Case", shrinking, 0, 365))).isGreaterThan(0.3);
    }

    @Test
    void anExpandingCustomerAddsContactsAndMeetsMoreOften() {
        Set<String> expanding = accountsOf(k -> k == AccountKind.EXPANDING);
        Set<String> steady = accountsOf(k -> k == AccountKind.STEADY);

        assertThat(ratio(count("Contact", expanding, 0, 365), count("Contact", expanding, 0, 5000))).isGreaterThan(0.3);
        assertThat(ratio(count("Contact", steady, 0, 365), count("Contact", steady, 0, 5000))).isLessThan(0.45);
        assertThat(ratio(activities(expanding, 0, 90), activities(expanding, 91, 180))).isGreaterThan(1.7);
        assertThat(ratio(activities(expanding, 0, 182), activities(expanding, 183, 365))).isGreaterThan(1.5);
    }

    @Test
    void aCustomerThatStoppedBuyingHardlyHearsFromUsSince() {
        Set<String> stopped = accountsOf(k -> k == AccountKind.STOPPED);
        Set<String> steady = accountsOf(k -> k == AccountKind.STEADY);

        double perStopped = activities(stopped, 0, 365) / (double) stopped.size();
        double perSteady = activities(steady, 0, 365) / (double) steady.size();
        assertThat(perStopped).isLessThan(0.1 * perSteady);
        assertThat(count("Case", accountsOf(k -> k == AccountKind.PROSPECT), 0, 5000)).isZero();
    }

    private static Set<String> accountsOf(Predicate<AccountKind> kind) {
        Set<String> ids = new HashSet<>();
        org.get("Account").forEach(a -> {
            if (kind.test(data.kindOf(a.get("Id")).orElseThrow())) {
                ids.add(a.get("Id"));
            }
        });
        return ids;
    }

    /** Records of the accounts created from {@code from} to before {@code to} days before the anchor. */
    private static long count(String type, Set<String> accounts, int from, int to) {
        return org.get(type).stream().filter(r -> accounts.contains(r.get("AccountId")))
                .filter(r -> daysAgo(r) >= from && daysAgo(r) < to).count();
    }

    private static long activities(Set<String> accounts, int from, int to) {
        return count("Task", accounts, from, to) + count("Event", accounts, from, to);
    }

    private static long daysAgo(Map<String, String> row) {
        return at(row.get("CreatedDate")).until(ANCHOR, java.time.temporal.ChronoUnit.DAYS) - 1;
    }

    private static LocalDate at(String datetime) {
        return OffsetDateTime.parse(datetime).toLocalDate();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : a / (double) b;
    }
}
