package dev.tiersync.scheduler;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.scheduler.config.PluginsProperties;
import dev.tiersync.scheduler.config.ResilienceProperties;
import dev.tiersync.scheduler.config.SalesforceProperties;
import dev.tiersync.scheduler.config.SecretConverter;
import dev.tiersync.scheduler.config.SegmentationProperties;
import dev.tiersync.scheduler.config.SyncProperties;
import dev.tiersync.store.JdbcSnapshotStore;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The TierSync application: hands its bound settings to the framework-free {@link SyncRuntime}, and runs it on Quartz. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TierSyncApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The plugins of {@code tiersync.plugins.dir}, started once; a jar that cannot start stops start-up, naming it. Closed on shutdown. */
    @Bean(destroyMethod = "close")
    PluginRegistry plugins(PluginsProperties plugins, Clock clock) {
        return plugins.start(clock);
    }

    /** The shared rules ({@code tiersync.segmentation.*}); an org with a rule profile of its own uses that instead. */
    @Bean
    SegmentationConfig rules(SegmentationProperties segmentation) {
        return segmentation.toConfig();
    }

    @Bean
    SyncRuntime syncRuntime(Clock clock, SyncProperties sync, ResilienceProperties resilience, SalesforceProperties salesforce,
                            JdbcSnapshotStore snapshotStore, PluginRegistry plugins) {
        return SyncRuntime.builder().clock(clock).sync(sync.toSettings()).resilience(resilience.toSettings())
                .salesforce(salesforce.toSettings()).store(snapshotStore).plugins(plugins).build();
    }

    @Bean
    @ConfigurationPropertiesBinding
    static SecretConverter secretConverter() {
        return new SecretConverter();
    }
}
