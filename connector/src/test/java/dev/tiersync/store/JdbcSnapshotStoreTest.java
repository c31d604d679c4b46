package dev.tiersync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.Pin;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.salesforce.Pulled;
import dev.tiersync.sync.SnapshotStoreException;
import dev.tiersync.sync.SyncCursor;
import dev.tiersync.sync.WriteFailure;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import dev.tiersync.testdata.PlantedOrg;
import dev.tiersync.testdata.TestPostgres;
import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.engine.Assessment;
import dev.tiersync.domain.engine.Extensions;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.FitOutcome;
import dev.tiersync.domain.fit.KeptFit;
import dev.tiersync.domain.fit.SchemeKind;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The snapshot store on each database it supports: the embedded H2 file and PostgreSQL (skipped when not running). */
class JdbcSnapshotStoreTest {

    static final String POSTGRES = TestPostgres.URL;
    private static final Instant T = Instant.parse("2025-06-01T06:00:00.123Z");

    @TempDir
    Path directory;

    private final String org = "00D" + UUID.randomUUID().toString().substring(0, 12);

    private JdbcSnapshotStore open(String database) {
        return SnapshotDatabases.open(database, directory);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFirstFullPullBegunAgainReplacesWhatAnAbandonedAttemptStoredAndAResumedOneStoresAPageTwiceSafely(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            List<Pulled<Account>> page = List.of(pulled("0015g0000000001AAA"), pulled("0015g0000000002AAA"));
            store.beginPull(org, new dev.tiersync.sync.PullProgress(1, true, null, T, T, "first run", List.of(), java.util.Map.of()));
            store.putAccounts(org, 1, page);
            store.beginPull(org, new dev.tiersync.sync.PullProgress(1, true, null, T, T, "a full pull was asked for", List.of(),
                    java.util.Map.of()));
            store.putAccounts(org, 1, page);
            store.pullInProgress(org);
            store.putAccounts(org, 1, page);

            List<String> ids = new ArrayList<>();
            store.forEachAccount(org, account -> ids.add(account.id()));
            assertThat(ids).containsExactly("0015g0000000001AAA", "0015g0000000002AAA");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aPullInProgressKeepsEachObjectsPositionUntilItsCursorIsSaved(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            dev.tiersync.sync.PullProgress begun = new dev.tiersync.sync.PullProgress(3, true, null, T, T.plusSeconds(5),
                    "first run against this org", List.of("Rating", "Needs__c"), java.util.Map.of());
            store.beginPull(org, begun);
            store.recordPullPosition(org, "Account", new dev.tiersync.sync.PullProgress.Position(true, "0015g0000000200AAA",
                    false, 200));
            store.recordPullPosition(org, "Account", new dev.tiersync.sync.PullProgress.Position(true, "0015g0000000400AAA",
                    false, 400));
            store.recordPullPosition(org, "Case", new dev.tiersync.sync.PullProgress.Position(false, null, true, 7));

            dev.tiersync.sync.PullProgress read = store.pullInProgress(org).orElseThrow();

            assertThat(read.generation()).isEqualTo(3);
            assertThat(read.full()).isTrue();
            assertThat(read.changedSince()).isNull();
            assertThat(read.startedAt()).isEqualTo(T);
            assertThat(read.begunAt()).isEqualTo(T.plusSeconds(5));
            assertThat(read.orgFields()).containsExactly("Rating", "Needs__c");
            assertThat(read.objects()).containsOnlyKeys("Account", "Case");
            assertThat(read.objects().get("Account")).isEqualTo(new dev.tiersync.sync.PullProgress.Position(true,
                    "0015g0000000400AAA", false, 400));
            assertThat(read.objects().get("Case").done()).isTrue();
            store.saveCursor(org, new SyncCursor(T, T, 3));
            assertThat(store.pullInProgress(org)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anAccountAndAnOpportunityComeBackWithEveryValue(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            Account account = fullAccount("001000000000001AAA");
            Opportunity deal = new Opportunity("006000000000001AAA", account.id(), 1234.5, "Closed Won", true, true,
                    LocalDate.of(2025, 3, 1), T);

            store.putAccounts(org, 1, List.of(new Pulled<>(account.id(), account, T, false)));
            store.putOpportunities(org, 1, List.of(new Pulled<>(deal.id(), deal, T, false)));

            assertThat(accounts(store)).singleElement().usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(account);
            assertThat(opportunities(store)).containsExactly(deal);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aPulledRecordReplacesItsOlderSelfAndADeletedOneIsRemoved(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            Account first = fullAccount("001000000000001AAA");
            store.putAccounts(org, 1, List.of(new Pulled<>(first.id(), first, T, false),
                    new Pulled<>("001000000000002AAA", fullAccount("001000000000002AAA"), T, false)));
            Account renamed = new Account(first.id(), "Renamed", null, null, null, null, null, null, null, null);

            store.putAccounts(org, 1, List.of(new Pulled<>(first.id(), renamed, T.plusSeconds(1), false),
                    new Pulled<>("001000000000002AAA", fullAccount("001000000000002AAA"), T.plusSeconds(1), true)));

            assertThat(accounts(store)).extracting(Account::name).containsExactly("Renamed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFullPullRemovesWhatItDidNotSeeAndTheCursorIsKeptPerOrg(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            store.putAccounts(org, 1, List.of(pulled("001000000000001AAA"), pulled("001000000000002AAA")));
            store.putAccounts(org, 2, List.of(pulled("001000000000002AAA")));
            store.saveCursor(org, new SyncCursor(T, T, 2));

            int removed = store.removeOlderThan(org, 2);

            assertThat(removed).isEqualTo(1);
            assertThat(accounts(store)).extracting(Account::id).containsExactly("001000000000002AAA");
            assertThat(store.cursor(org)).contains(new SyncCursor(T, T, 2));
            assertThat(store.cursor(org + "X")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theLedgerCountsAttemptsAndForgetsAnAccountOnceWritten(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            WriteFailure refused = new WriteFailure("001000000000001AAA", "FIELD_CUSTOM_VALIDATION_EXCEPTION", "Tier is locked");
            store.recordOutcome(org, T, List.of(refused), List.of("001000000000002AAA"));
            store.recordOutcome(org, T.plusSeconds(3600), List.of(refused), List.of());

            assertThat(store.ledger(org)).singleElement().satisfies(entry -> {
                assertThat(entry.attempts()).isEqualTo(2);
                assertThat(entry.firstFailed()).isEqualTo(T);
                assertThat(entry.lastFailed()).isEqualTo(T.plusSeconds(3600));
                assertThat(entry.message()).isEqualTo("Tier is locked");
            });
            store.recordOutcome(org, T.plusSeconds(7200), List.of(), Set.of("001000000000001AAA"));
            assertThat(store.ledger(org)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void reopeningKeepsTheDataAndDoesNotMigrateTwice(String database) {
        try (JdbcSnapshotStore store = open(database)) {
            store.putAccounts(org, 1, List.of(pulled("001000000000001AAA")));
        }
        try (JdbcSnapshotStore again = open(database)) {
            assertThat(accounts(again)).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aKeptFitComesBackScoringEveryAccountAndReportingAsTheFitLearnt(String database) {
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        List<AccountHistory> histories = PlantedOrg.generate(1_500, asOf, 1.0, 11).histories();
        try (JdbcSnapshotStore store = open(database)) {
            for (SchemeKind kind : List.of(SchemeKind.TREE, SchemeKind.REGRESSION)) {
                SegmentationConfig config = SegmentationConfig.defaults().withFit(FitConfig.builder().scheme(kind).build());
                Segmenter segmenter = new Segmenter(config);
                Assessment learnt = segmenter.assessment(histories, asOf, Extensions.NONE);
                assertThat(learnt.fit().model()).as(learnt.fitReport().decision()).isPresent();

                store.keepFit(org, KeptFit.of(segmenter.fitRulesKey(), asOf, learnt.fit()));
                KeptFit kept = store.keptFit(org).orElseThrow();

                assertThat(kept.learntBy(segmenter.fitRulesKey())).isTrue();
                assertThat(kept.learntAsOf()).isEqualTo(asOf);
                FitOutcome again = kept.outcome(config.fit());
                assertThat(again.model().orElseThrow().kind()).isEqualTo(kind);
                assertThat(again.scoreAll(learnt.fitViews())).isEqualTo(learnt.fit().scoreAll(learnt.fitViews()));
                assertThat(again.report().schemes()).isEqualTo(learnt.fitReport().schemes());
                assertThat(again.report().profile()).isEqualTo(learnt.fitReport().profile());
                assertThat(segmenter.assessment(histories, asOf, Extensions.NONE, Optional.of(kept)).results())
                        .isEqualTo(learnt.results());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aDatabaseThatCannotBeOpenedSaysWhichAndWhy() {
        assertThatThrownBy(() -> JdbcSnapshotStore.open(new StoreSettings("jdbc:postgresql://127.0.0.1:1/none", "x", null)))
                .isInstanceOf(SnapshotStoreException.class)
                .hasMessageContaining("cannot open the snapshot database");
        assertThatThrownBy(() -> new StoreSettings("jdbc:mysql://db/x", "u", null))
                .hasMessageContaining("jdbc:h2:").hasMessageContaining("jdbc:postgresql:");
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

    private static Pulled<Account> pulled(String id) {
        return new Pulled<>(id, fullAccount(id), T, false);
    }

    static Account fullAccount(String id) {
        FieldValues values = FieldValues.builder().set(AccountFields.TIER, Tier.A).set(AccountFields.MODEL_TIER, Tier.B)
                .set(AccountFields.PREVIOUS_TIER, Tier.C).set(AccountFields.TIER_CHANGED_ON, LocalDate.of(2025, 5, 1))
                .set(AccountFields.SEGMENT, "Core").set(AccountFields.SIZE_BAND, SizeBand.MID_MARKET)
                .set(AccountFields.REGION, Region.EMEA).set(AccountFields.VALUE_SCORE, 87.5)
                .set(AccountFields.CHURN_RISK, ChurnRisk.MEDIUM).set(AccountFields.UPSELL_CANDIDATE, true)
                .set(AccountFields.REASONS, "Tier A: $182k won in 12 mo").set(AccountFields.SEGMENTS_UPDATED_AT, T)
                .set(AccountFields.FIT_SCORE, 86.4).set(AccountFields.FIT_TIER, FitTier.STRONG).build();
        return new Account(id, "Acme, Inc. \"Quoted\"", "Technology", new BigDecimal("1250000.50"), 420, "Germany", "Customer",
                "001000000000009AAA", T.minusSeconds(86_400), values, new Pin(Tier.A, LocalDate.of(2025, 12, 31), "Strategic"));
    }


    @AfterAll
    static void dropTheSchema() {
        TestPostgres.drop();
    }
}
