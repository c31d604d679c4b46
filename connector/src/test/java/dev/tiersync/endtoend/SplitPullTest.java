package dev.tiersync.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.FaultPlan;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.sync.InMemorySnapshotStore;
import dev.tiersync.sync.SnapshotStore;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.SyncStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A full pull split into streams of id ranges, each its own query cursor at the same time, through force-wsc. */
class SplitPullTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    /** About 12,000 opportunities: two streams of at least 5,000 each. */
    private static final int ACCOUNTS = 2_000;
    private static final WscSettings PAGES = new WscSettings(Duration.ofSeconds(30), Duration.ofMinutes(2), 500);

    private EmulatedOrg org;

    @AfterEach
    void stop() {
        if (org != null) {
            org.close();
        }
    }

    @Test
    void aPullSplitIntoStreamsStoresEveryRecordOnceAndAssessesAsOneStreamDoes() {
        OrgData data = OrgData.generate(ACCOUNTS, 13, AS_OF);
        org = EmulatedOrg.start(EmulatorSettings.of(data));
        SnapshotStore oneStream = new InMemorySnapshotStore();
        SnapshotStore threeStreams = new InMemorySnapshotStore();

        SyncReport one = job(1, oneStream).run(SyncHarness.credentials(org), new SyncRequest(AS_OF, true));
        int queriesOfOne = org.calls().count("query");
        SyncReport split = job(3, threeStreams).run(SyncHarness.credentials(org), new SyncRequest(AS_OF, true));
        int queriesOfSplit = org.calls().count("query") - queriesOfOne;

        assertThat(split.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(split.pull().opportunities()).isEqualTo(data.count("Opportunity")).isEqualTo(one.pull().opportunities());
        assertThat(split.pull().accounts()).isEqualTo(ACCOUNTS);
        assertThat(queriesOfSplit).as("besides one stream's queries: the highest id, and a cursor for each of the two streams "
                + "the opportunities go on in after their first page").isEqualTo(queriesOfOne + 3);
        assertThat(opportunities(threeStreams)).isEqualTo(opportunities(oneStream));
        assertThat(split.changes().accounts()).isEqualTo(one.changes().accounts());
    }

    @Test
    void aSplitPullDeferredMidwayGoesOnWithEachStreamFromWhereItStopped() {
        OrgData data = OrgData.generate(ACCOUNTS, 13, AS_OF);
        org = EmulatedOrg.start(EmulatorSettings.of(data).withFaults(FaultPlan.none().withDailyLimitAfterCalls(20)));
        SnapshotStore store = new InMemorySnapshotStore();

        SyncReport deferred = job(3, store).run(SyncHarness.credentials(org), new SyncRequest(AS_OF, false));
        org.injectFaults(FaultPlan.none());
        SyncReport next = job(3, store).run(SyncHarness.credentials(org), new SyncRequest(AS_OF, false));

        assertThat(deferred.status()).isEqualTo(SyncStatus.DEFERRED);
        assertThat(deferred.pull().opportunities()).as("pages of the streams pulled before the limit").isPositive()
                .isLessThan(data.count("Opportunity"));
        assertThat(next.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(next.pull().opportunities()).as("the rest of every stream, nothing twice")
                .isEqualTo(data.count("Opportunity") - deferred.pull().opportunities());
        assertThat(next.writes().accounts()).isEqualTo(ACCOUNTS);
        assertThat(opportunities(store)).hasSize(data.count("Opportunity"));
        SyncHarness.assertNothingWrittenTwice(org);
    }

    private Map<String, String> opportunities(SnapshotStore store) {
        Map<String, String> byId = new TreeMap<>();
        List<Opportunity> all = new ArrayList<>();
        store.forEachOpportunity(org.orgId(), all::add);
        all.forEach(o -> byId.put(o.id(), o.toString()));
        return byId;
    }

    private SyncJob job(int streams, SnapshotStore store) {
        return SyncRuntime.builder().resilience(SyncHarness.FAST_RETRIES).salesforce(PAGES)
                .sync(SyncSettings.custom().apiReserveShare(0).pullStreams(streams).build()).store(store).build()
                .job(SegmentationConfig.defaults());
    }
}
