package dev.tiersync.store;

import static dev.tiersync.store.JdbcSnapshotStoreTest.fullAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.Pulled;
import dev.tiersync.sync.SyncCursor;
import dev.tiersync.testdata.TestPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages stored whole, on each database the store supports: a first full pull's pages, the rows that mask them, and the
 * write checkpoint, which stores each written account as a row.
 */
class JdbcSnapshotPagesTest {

    private static final Instant T = Instant.parse("2025-06-01T06:00:00.123Z");

    @TempDir
    Path directory;

    private final String org = "00D" + UUID.randomUUID().toString().substring(0, 12);

    private JdbcSnapshotStore open(String database) {
        return SnapshotDatabases.open(database, directory);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFirstFullPullStoresEachPageOfOpportunitiesAsOneRowAndReadsEveryValueBack(String database) throws Exception {
        try (JdbcSnapshotStore store = open(database)) {
            Opportunity won = new Opportunity("006000000000003AAA", "001000000000001AAA", 1234.5, "Closed Won", true, true,
                    LocalDate.of(2025, 3, 1), T);
            Opportunity bare = new Opportunity("006000000000001AAA", null, 0.0, null, false, false, null, null);
            Opportunity unicode = new Opportunity("006000000000002AAA", "001000000000002AAA", -7.25, "Négociation — 交渉",
                    false, false, LocalDate.of(1999, 12, 31), Instant.parse("2024-02-29T23:59:59.999999Z"));
            beginFirstPull(store);

            store.putOpportunities(org, 1, List.of(pulledDeal(won), pulledDeal(bare)));
            store.putOpportunities(org, 1, List.of(pulledDeal(unicode)));

            assertThat(rows(database, "ts_record_page")).as("one row a page").isEqualTo(2);
            assertThat(rows(database, "ts_opportunity")).isZero();
            assertThat(opportunities(store)).containsExactlyInAnyOrder(won, bare, unicode);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aLaterPullsVersionOfARecordMasksItsPageCopyAndADeletionKeepsItMasked(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            Opportunity kept = deal("006000000000001AAA", 100);
            Opportunity changed = deal("006000000000002AAA", 200);
            Opportunity deleted = deal("006000000000003AAA", 300);
            beginFirstPull(store);
            store.putOpportunities(org, 1, List.of(pulledDeal(kept), pulledDeal(changed), pulledDeal(deleted)));
            store.saveCursor(org, new SyncCursor(T, T, 1));
            Opportunity grown = deal(changed.id(), 250);
            Opportunity added = deal("006000000000004AAA", 400);

            store.putOpportunities(org, 1, List.of(pulledDeal(grown), pulledDeal(added),
                    new Pulled<>(deleted.id(), deleted, T.plusSeconds(60), true)));

            assertThat(opportunities(store)).containsExactlyInAnyOrder(kept, grown, added);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theNextFullPullRemovesThePagesAndCountsOnlyTheRecordsItDidNotBringAgain(String database) throws Exception {
        try (JdbcSnapshotStore store = open(database)) {
            Opportunity again = deal("006000000000001AAA", 100);
            Opportunity gone = deal("006000000000002AAA", 200);
            Opportunity deletedEarlier = deal("006000000000003AAA", 300);
            Opportunity goneSinceItChanged = deal("006000000000004AAA", 400);
            beginFirstPull(store);
            store.putOpportunities(org, 1, List.of(pulledDeal(again), pulledDeal(gone), pulledDeal(deletedEarlier),
                    pulledDeal(goneSinceItChanged)));
            store.saveCursor(org, new SyncCursor(T, T, 1));
            store.putOpportunities(org, 1, List.of(new Pulled<>(deletedEarlier.id(), deletedEarlier, T, true),
                    pulledDeal(deal(goneSinceItChanged.id(), 450))));

            store.putOpportunities(org, 2, List.of(pulledDeal(again)));
            int removed = store.removeOlderThan(org, 2);

            assertThat(removed).as("the page-only record and the changed one the org no longer has; the deletion was "
                    + "counted when it was pulled").isEqualTo(2);
            assertThat(opportunities(store)).containsExactly(again);
            assertThat(rows(database, "ts_record_page")).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void relatedRecordsOfAFirstFullPullArePagedAndAResumedPullsCopiesMaskThem(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            var caseId = dev.tiersync.domain.catalog.CaseFields.ID;
            var priority = dev.tiersync.domain.catalog.CaseFields.ALL.find("Priority").orElseThrow();
            FieldValues high = FieldValues.builder().set(caseId, "500000000000001AAA").setRaw(priority, "High").build();
            FieldValues low = FieldValues.builder().set(caseId, "500000000000002AAA").setRaw(priority, "Low").build();
            beginFirstPull(store);
            store.putRecords(org, dev.tiersync.domain.catalog.CaseFields.ALL, 1, List.of(
                    new Pulled<>("500000000000001AAA", high, T, false), new Pulled<>("500000000000002AAA", low, T, false)));
            store.pullInProgress(org); // the pull goes on after a stop: what it stores now replaces, page copies included

            store.putRecords(org, dev.tiersync.domain.catalog.CaseFields.ALL, 1, List.of(
                    new Pulled<>("500000000000002AAA", low, T, false)));

            List<Object> read = new ArrayList<>();
            store.forEachRecord(org, dev.tiersync.domain.catalog.CaseFields.ALL, values -> read.add(values.getRaw(caseId)));
            assertThat(read).containsExactlyInAnyOrder("500000000000001AAA", "500000000000002AAA");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aWriteCheckpointStoresTheAccountWithOnlyTheFieldsWrittenChanged(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            Account account = fullAccount("001000000000001AAA");
            store.putAccounts(org, 1, List.of(new Pulled<>(account.id(), account, T, false)));
            store.saveCursor(org, new SyncCursor(T, T, 1));

            store.recordWritten(org, List.of(written(account)));

            assertThat(accounts(store)).singleElement().satisfies(stored -> assertWritten(stored, account));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aWrittenAccountWhoseCopyIsInAPageIsReadBackOnceAsWrittenWithItsOrgFields(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            Account account = fullAccount("001000000000001AAA").withOrgFields(
                    dev.tiersync.domain.fields.OrgFieldValues.of(java.util.Map.of("Primary_Need__c", "Security\tand\nmore")));
            Account other = fullAccount("001000000000002AAA");
            beginFirstPull(store);
            store.putAccounts(org, 1, List.of(new Pulled<>(account.id(), account, T, false),
                    new Pulled<>(other.id(), other, T, false)));
            store.saveCursor(org, new SyncCursor(T, T, 1));

            store.recordWritten(org, List.of(written(account)));

            List<Account> read = accounts(store);
            assertThat(read).extracting(Account::id).containsExactlyInAnyOrder(account.id(), other.id());
            Account stored = read.stream().filter(a -> a.id().equals(account.id())).findFirst().orElseThrow();
            assertWritten(stored, account);
            assertThat(stored.orgFields()).isEqualTo(account.orgFields());
            assertThat(read.stream().filter(a -> a.id().equals(other.id())).findFirst().orElseThrow())
                    .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(other);
        }
    }

    /** The account as a write of its tier and segment left it: what the sync hands the checkpoint. */
    private static Account written(Account account) {
        FieldValues written = FieldValues.builder().set(AccountFields.TIER, Tier.D).set(AccountFields.MODEL_TIER, Tier.D)
                .set(AccountFields.SEGMENT, "Other").set(AccountFields.VALUE_SCORE, 1.0)
                .set(AccountFields.CHURN_RISK, ChurnRisk.NONE).set(AccountFields.UPSELL_CANDIDATE, false)
                .set(AccountFields.REASONS, "new").set(AccountFields.SEGMENTS_UPDATED_AT, T.plusSeconds(60)).build();
        AccountUpdate update = new AccountUpdate(account.id(), written, Set.of(AccountFields.TIER, AccountFields.SEGMENT));
        return account.withCurrent(update.appliedTo(account.current()));
    }

    private static void assertWritten(Account stored, Account before) {
        FieldValues values = stored.current();
        assertThat(values.get(AccountFields.TIER)).isEqualTo(Tier.D);
        assertThat(values.get(AccountFields.SEGMENT)).isEqualTo("Other");
        assertThat(values.get(AccountFields.MODEL_TIER)).isEqualTo(before.current().get(AccountFields.MODEL_TIER));
        assertThat(values.get(AccountFields.VALUE_SCORE)).isEqualTo(before.current().get(AccountFields.VALUE_SCORE));
        assertThat(values.get(AccountFields.REASONS)).isEqualTo(before.current().get(AccountFields.REASONS));
        assertThat(values.get(AccountFields.SEGMENTS_UPDATED_AT)).isEqualTo(T.plusSeconds(60));
        assertThat(stored.name()).isEqualTo(before.name());
        assertThat(stored.pin()).isEqualTo(before.pin());
    }

    private void beginFirstPull(JdbcSnapshotStore store) {
        store.beginPull(org, new dev.tiersync.sync.PullProgress(1, true, null, T, T, "first run", List.of(), java.util.Map.of()));
    }

    private static Opportunity deal(String id, double amount) {
        return new Opportunity(id, "001000000000001AAA", amount, "Closed Won", true, true, LocalDate.of(2025, 3, 1), T);
    }

    private static Pulled<Opportunity> pulledDeal(Opportunity deal) {
        return new Pulled<>(deal.id(), deal, T, false);
    }

    private int rows(String database, String table) throws Exception {
        return SnapshotDatabases.rows(database, directory, org, table);
    }

    private List<Account> accounts(JdbcSnapshotStore store) {
        List<Account> all = new ArrayList<>();
        store.forEachAccount(org, all::add);
        return all;
    }

    private List<Opportunity> opportunities(JdbcSnapshotStore store) {
        List<Opportunity> all = new ArrayList<>();
        store.forEachOpportunity(org, all::add);
        return all;
    }

    @AfterAll
    static void dropTheSchema() {
        TestPostgres.drop();
    }
}
