package dev.tiersync.scheduler;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.signals.PluginSignals;
import dev.tiersync.domain.signals.SignalAssessor;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.salesforce.resilience.Resilience4jGuard;
import dev.tiersync.salesforce.resilience.ResilienceSettings;
import dev.tiersync.salesforce.wsc.WscOrgConnector;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.scheduler.config.SecretConverter;
import dev.tiersync.scheduler.config.Plugins;
import dev.tiersync.scheduler.config.PluginsProperties;
import dev.tiersync.scheduler.config.SegmentationProperties;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncSettings;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The TierSync application: wires the framework-free sync into Spring and Quartz. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TierSyncApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OrgConnector orgConnector() {
        return new WscOrgConnector(WscSettings.defaults(),
                credentials -> new Resilience4jGuard(credentials.loginUrl().getHost(), ResilienceSettings.defaults()));
    }

    @Bean
    PluginSignals pluginSignals(PluginsProperties plugins) {
        return Plugins.load(plugins);
    }

    @Bean
    Segmenter segmenter(SegmentationProperties segmentation, PluginSignals plugins) {
        SegmentationConfig config = segmentation.toConfig();
        return new Segmenter(config, SignalAssessor.of(config.churn(), config.upsell(), plugins));
    }

    @Bean
    SyncJob syncJob(OrgConnector connector, Segmenter segmenter, Clock clock, JdbcSnapshotStore snapshotStore) {
        return new SyncJob(connector, segmenter, clock, SyncSettings.defaults(), snapshotStore);
    }

    @Bean
    @ConfigurationPropertiesBinding
    static SecretConverter secretConverter() {
        return new SecretConverter();
    }
}
