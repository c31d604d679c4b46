package dev.tiersync.domain.signals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.testdata.AccountBuilder;
import dev.tiersync.testdata.PluginJars;
import dev.tiersync.testdata.Profiles;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A third-party jar adds a churn signal through ServiceLoader, and the engine uses it. */
class PluginSignalsTest {

    @Test
    void aSignalFromAPluginJarTakesEffect(@TempDir Path dir) throws IOException {
        Path jar = PluginJars.singleDealChurn(dir);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            PluginSignals plugins = PluginSignals.load(loader);
            SegmentationConfig config = SegmentationConfig.defaults();
            Segmenter segmenter = new Segmenter(config, SignalAssessor.of(config.churn(), config.upsell(), plugins));

            List<Segmentation> results = segmenter.assess(List.of(
                    new AccountHistory(AccountBuilder.anAccount("once").build(), List.of(Profiles.won("once", "500", "2024-06-01"))),
                    new AccountHistory(AccountBuilder.anAccount("twice").build(), List.of(Profiles.won("twice", "500", "2024-03-01"),
                            Profiles.won("twice", "500", "2024-09-01")))), Profiles.AS_OF);

            assertThat(plugins.churnSignals()).singleElement()
                    .satisfies(signal -> assertThat(signal.getClass().getName()).isEqualTo("com.example.tiersync.SingleDealChurn"));
            assertThat(results.get(0).churnRisk()).isEqualTo(ChurnRisk.HIGH);
            assertThat(results.get(0).reasons()).contains("Churn High: bought only once");
            assertThat(results.get(0).segment()).isEqualTo("At Risk");
            assertThat(results.get(1).churnRisk()).isEqualTo(ChurnRisk.NONE);
        }
    }

    @Test
    void withoutPluginsOnlyTheBuiltInSignalsRun() {
        assertThat(PluginSignals.load(getClass().getClassLoader())).isEqualTo(PluginSignals.NONE);
    }
}
