package dev.tiersync.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.salesforce.resilience.GuardRegistry;
import dev.tiersync.salesforce.resilience.ResilienceSettings;
import dev.tiersync.salesforce.wsc.WscOrgConnector;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.sync.SnapshotStore;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** What the end-to-end sync tests share: a connector with fast retries, credentials, and the audit check. */
final class SyncHarness {

    static final ResilienceSettings FAST_RETRIES = new ResilienceSettings(8, Duration.ofMillis(5), 100, Duration.ofSeconds(1), 1000);

    private SyncHarness() {
    }

    /** A connector whose orgs retry fast; each call gets registries of its own, as each test gets its orgs. */
    static OrgConnector connector(WscSettings settings) {
        return new WscOrgConnector(settings, new GuardRegistry(FAST_RETRIES)::guard);
    }

    static SyncJob job(Clock clock, SyncSettings settings, SnapshotStore store) {
        return job(connector(WscSettings.defaults()), clock, settings, store);
    }

    static SyncJob job(OrgConnector connector, Clock clock, SyncSettings settings, SnapshotStore store) {
        return new SyncJob(connector, new Segmenter(SegmentationConfig.defaults()), clock, settings, store);
    }

    /** The emulated org as TierSync knows it, named {@code test}. */
    static OrgAccess credentials(EmulatedOrg org) {
        return new OrgAccess("test", new OrgCredentials(URI.create(org.loginUrl()), EmulatorSettings.DEFAULT_USERNAME,
                Secret.of(EmulatorSettings.DEFAULT_PASSWORD)));
    }

    /** Every value of every record was written at most once (the update timestamp aside). */
    static void assertNothingWrittenTwice(EmulatedOrg org) {
        Map<String, Long> writes = org.audit().stream()
                .filter(e -> e.operation().equals("update") && !e.field().equals("Segments_Updated_At__c"))
                .collect(Collectors.groupingBy(e -> e.recordId() + "/" + e.field() + "=" + e.newValue(), Collectors.counting()));
        assertThat(writes).allSatisfy((value, count) -> assertThat(count).as(value).isEqualTo(1L));
    }
}
