package dev.tiersync.endtoend;

import static dev.tiersync.endtoend.SyncHarness.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.segments.OrgFieldCondition;
import dev.tiersync.domain.segments.SegmentDefinition;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.emulator.junit.MutableClock;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.SyncStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Segment rules on the org's own Account fields ({@code segments[n].org-fields}), through force-wsc against the
 * emulator: the pull checks the fields against describe, reads them beside the catalog's, keeps them in the snapshot
 * and sees a user's edit in the next incremental pull. Ratings are set as a user would, drawn apart from the org's
 * generator.
 */
class OrgFieldSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final int ACCOUNTS = 300;
    private static final String HOT = "Hot Accounts";

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T06:00:00Z"));
    private EmulatedOrg org;
    private JdbcSnapshotStore store;
    private final Map<String, String> ratings = new HashMap<>();

    @BeforeEach
    void start() {
        // Segment__c deployed for the rules, as the metadata generator would
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 13, AS_OF)).withClock(clock)
                .withPicklistValues("Account", "Segment__c", dev.tiersync.domain.catalog.RestrictedPicklists.values(
                        dev.tiersync.domain.catalog.AccountFields.SEGMENT, onRating("Rating"))));
        store = JdbcSnapshotStore.open(StoreSettings.embedded(directory));
        Random draw = new Random(29);
        List<String> values = List.of("Hot", "Warm", "Cold");
        for (StoredRecord account : org.store().records("Account")) {
            if (draw.nextDouble() < 0.8) {
                String rating = values.get(draw.nextInt(values.size()));
                org.store().put("Account", account.id(), "Rating", rating);
                ratings.put(account.id(), rating);
            }
        }
        clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
        if (org != null) {
            org.close();
        }
    }

    @Test
    void aRuleOnRatingPutsExactlyTheHotAccountsInTheSegmentWithTheRatingInTheirReasons() {
        SyncReport report = run(onRating("Rating"));

        assertThat(report.status()).as(String.valueOf(report.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
        assertHotAccountsAreExactlyThoseRatedHot();
        List<Account> stored = new ArrayList<>();
        store.forEachAccount(org.orgId(), stored::add);
        assertThat(stored).hasSize(ACCOUNTS).allSatisfy(account -> assertThat(account.orgFields().get("Rating"))
                .as("the snapshot keeps %s's rating", account.id()).isEqualTo(java.util.Optional.ofNullable(ratings.get(account.id()))));
    }

    @Test
    void anIncrementalRunAfterAUserRatesAnAccountHotMovesItAndOnlyItIntoTheSegment() {
        SegmentationConfig rules = onRating("Rating");
        run(rules);
        clock.advance(Duration.ofHours(1));
        run(rules); // pulls once more what the first run wrote
        String warmed = ratings.entrySet().stream().filter(e -> e.getValue().equals("Cold")).findFirst().orElseThrow().getKey();
        String cooled = ratings.entrySet().stream().filter(e -> e.getValue().equals("Hot")).findFirst().orElseThrow().getKey();
        clock.advance(Duration.ofHours(1));
        org.store().put("Account", warmed, "Rating", "Hot");
        org.store().put("Account", cooled, "Rating", "Warm");
        ratings.put(warmed, "Hot");
        ratings.put(cooled, "Warm");
        clock.advance(Duration.ofMinutes(5));

        SyncReport next = run(rules);

        assertThat(next.status()).as(String.valueOf(next.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(next.pull().full()).isFalse();
        assertThat(next.pull().accounts()).as("only what changed is pulled").isEqualTo(2);
        assertThat(segmentOf(warmed)).isEqualTo(HOT);
        assertThat(segmentOf(cooled)).isNotEqualTo(HOT);
        assertHotAccountsAreExactlyThoseRatedHot();
    }

    @Test
    void rulesMaySpellTheFieldInAnotherCaseAsSalesforceComparesApiNames() {
        SyncReport report = run(onRating("rating"));

        assertThat(report.status()).as(String.valueOf(report.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
        assertHotAccountsAreExactlyThoseRatedHot("rating");
    }

    @Test
    void aPullThroughTheBulkApiReadsTheOrgsFieldsToo() {
        // pages of 200, so the first page is not all and the pull switches to Bulk, in chunks of 100
        SyncReport report = new SyncJob(SyncHarness.connector(new dev.tiersync.salesforce.wsc.WscSettings(Duration.ofSeconds(10),
                Duration.ofSeconds(30), 200, 100)), new Segmenter(onRating("Rating")), clock,
                SyncSettings.custom().bulkThresholds(10_000, 100).build(), store).run(credentials(org), new SyncRequest(AS_OF, false));

        assertThat(report.status()).as(String.valueOf(report.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(report.pull().accountRoute()).matches(route -> route.bulk(), "the Bulk API");
        assertHotAccountsAreExactlyThoseRatedHot();
    }

    @Test
    void aFieldOnlyTheFitNamesIsPulledIntoTheSnapshot() {
        String owned = org.store().records("Account").get(7).id();
        org.store().put("Account", owned, "Ownership", "Subsidiary");
        clock.advance(Duration.ofMinutes(5));
        SegmentationConfig rules = onRating("Rating");
        rules = rules.withFit(rules.fit().toBuilder().orgFields(List.of("Ownership")).build());

        assertThat(run(rules).status()).isEqualTo(SyncStatus.SUCCEEDED);

        List<Account> stored = new ArrayList<>();
        store.forEachAccount(org.orgId(), stored::add);
        assertThat(stored).filteredOn(account -> account.orgFields().get("Ownership").isPresent())
                .extracting(Account::id).containsExactly(owned);
    }

    @Test
    void rulesThatNameAFieldTheSnapshotDoesNotHoldYetPullEverythingOnce() {
        run(SegmentationConfig.defaults());
        clock.advance(Duration.ofHours(1));

        SyncReport next = run(onRating("Rating"));

        assertThat(next.pull().full()).isTrue();
        assertThat(next.pull().reason()).isEqualTo("the rules name Account fields the snapshot does not hold yet: Rating");
        assertHotAccountsAreExactlyThoseRatedHot();
        clock.advance(Duration.ofHours(1));
        assertThat(run(onRating("Rating")).pull().full()).as("and then incrementally again").isFalse();
    }

    @Test
    void aFieldTheOrgDoesNotHaveIsRefusedNamingTheRulesKeyAndNothingIsWritten() {
        SyncReport report = run(onRating("Primary_Need__c"));

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.run().error()).isEqualTo("tiersync.segmentation.segments[0].org-fields.Primary_Need__c: the org has no "
                + "Account field Primary_Need__c that the API user can read; check its API name in describe (Object Manager > "
                + "Account > Fields & Relationships) or give the user read access to it").doesNotContain("\n");
        assertThat(org.store().records("Account")).allSatisfy(a -> assertThat(a.get("Segment__c")).isNull());
        assertThat(store.cursor(org.orgId())).as("nothing pulled").isEmpty();
    }

    private void assertHotAccountsAreExactlyThoseRatedHot() {
        assertHotAccountsAreExactlyThoseRatedHot("Rating");
    }

    private void assertHotAccountsAreExactlyThoseRatedHot(String asTheRulesSpellIt) {
        for (StoredRecord account : org.store().records("Account")) {
            boolean hot = "Hot".equals(ratings.get(account.id()));
            assertThat(account.get("Segment__c")).as("%s rated %s", account.id(), ratings.get(account.id()))
                    .isEqualTo(hot ? HOT : account.get("Segment__c")).matches(segment -> hot == segment.equals(HOT));
            if (hot) {
                assertThat(account.get("Segment_Reasons__c")).contains(HOT + ": " + asTheRulesSpellIt + " is Hot.");
            }
        }
    }

    private String segmentOf(String id) {
        return org.store().find(id).orElseThrow().get("Segment__c");
    }

    /** The shipped rules with a first segment of the accounts whose field holds Hot. */
    private static SegmentationConfig onRating(String field) {
        List<SegmentDefinition> segments = new ArrayList<>();
        segments.add(SegmentDefinition.catchAll(HOT).withOrgFields(List.of(OrgFieldCondition.of(field, "Hot"))));
        segments.addAll(SegmentRules.defaults().segments());
        return SegmentationConfig.defaults().withSegments(new SegmentRules(segments));
    }

    private SyncReport run(SegmentationConfig rules) {
        return run(rules, SyncSettings.defaults());
    }

    private SyncReport run(SegmentationConfig rules, SyncSettings settings) {
        SyncJob job = new SyncJob(SyncHarness.connector(dev.tiersync.salesforce.wsc.WscSettings.defaults()), new Segmenter(rules),
                clock, settings, store);
        return job.run(credentials(org), new SyncRequest(AS_OF, false));
    }
}
