package dev.tiersync.endtoend;

import static dev.tiersync.endtoend.SyncHarness.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.emulator.AuditEntry;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.emulator.junit.MutableClock;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental run after users changed 1 % of the records writes what legitimately changed: the fit learnt on the
 * full pull is kept in the snapshot, so only the accounts whose own traits changed get a new fit score; the fit is
 * learnt again on the next full pull.
 */
class IncrementalFitSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final int ACCOUNTS = 2_000;

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T06:00:00Z"));
    private EmulatedOrg org;
    private JdbcSnapshotStore store;

    @BeforeEach
    void start() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generateWithEngagement(ACCOUNTS, 7, AS_OF)).withClock(clock));
        store = JdbcSnapshotStore.open(StoreSettings.embedded(directory));
    }

    @AfterEach
    void stop() {
        store.close();
        org.close();
    }

    @Test
    void afterOnePercentOfRecordsChangedOnlyTheAccountsWhoseTraitsChangedGetANewFitScore() throws Exception {
        SyncReport full = run(false);
        assertThat(full.fit().report().orElseThrow().hasFit()).as(full.fit().report().orElseThrow().decision()).isTrue();
        clock.advance(Duration.ofHours(1));
        run(false);
        clock.advance(Duration.ofHours(1));
        Set<String> resized = changeOnePercent();
        clock.advance(Duration.ofHours(1));
        int auditBefore = org.audit().size();

        SyncReport incremental = run(false);

        assertThat(incremental.pull().full()).isFalse();
        List<AuditEntry> written = org.audit().subList(auditBefore, org.audit().size());
        Set<String> fitRescored = written.stream().filter(e -> e.field().equals(AccountFields.FIT_SCORE.apiName()))
                .map(AuditEntry::recordId).collect(Collectors.toSet());
        assertThat(fitRescored).as("fit scores written, of %,d accounts", ACCOUNTS).isSubsetOf(resized);
        assertThat(incremental.writes().accounts()).as("accounts written after 1%% changed: %s", incremental.changes().byField())
                .isLessThan(ACCOUNTS / 10);
        assertThat(incremental.fit().report().orElseThrow().notes()).anySatisfy(note -> assertThat(note).contains("kept"));
    }

    @Test
    void aFullPullLearnsTheFitAgainAndKeepsItForTheRunsAfter() throws Exception {
        run(false);
        clock.advance(Duration.ofHours(1));
        changeOnePercent();
        clock.advance(Duration.ofHours(1));

        SyncReport reconciled = run(true);
        clock.advance(Duration.ofHours(1));
        SyncReport next = run(false);

        assertThat(reconciled.pull().full()).isTrue();
        assertThat(reconciled.fit().report().orElseThrow().notes()).noneSatisfy(note -> assertThat(note).contains("kept"));
        assertThat(next.fit().report().orElseThrow().notes()).anySatisfy(note -> assertThat(note).contains("kept"));
        assertThat(next.fit().tiers()).isEqualTo(reconciled.fit().tiers());
        assertThat(next.writes().accounts()).as("the run after pulls back what the full sync wrote and writes nothing").isZero();
    }

    /** As users would: 1 % of accounts resized, 1 % of opportunities' amounts and 1 % of cases' priorities changed. */
    private Set<String> changeOnePercent() throws Exception {
        UserSession user = new UserSession(org);
        Set<String> resized = new HashSet<>();
        List<StoredRecord> accounts = org.store().records("Account");
        for (int i = 0; i < accounts.size(); i += 100) {
            user.set("Account", accounts.get(i).id(), "NumberOfEmployees", 1 + 7 * (accounts.get(i).id().hashCode() & 0xffff));
            resized.add(accounts.get(i).id());
        }
        List<StoredRecord> opportunities = org.store().records("Opportunity");
        for (int i = 0; i < opportunities.size(); i += 100) {
            user.set("Opportunity", opportunities.get(i).id(), "Amount", 1000 + (opportunities.get(i).id().hashCode() & 0xffff));
        }
        List<StoredRecord> cases = org.store().records("Case");
        for (int i = 0; i < cases.size(); i += 100) {
            user.set("Case", cases.get(i).id(), "Priority", "High");
        }
        return resized;
    }

    private SyncReport run(boolean fullPull) {
        SyncReport report = SyncHarness.job(clock, SyncSettings.defaults(), store).run(credentials(org),
                new SyncRequest(AS_OF, false, false, fullPull));
        assertThat(report.run().error()).isNull();
        return report;
    }
}
