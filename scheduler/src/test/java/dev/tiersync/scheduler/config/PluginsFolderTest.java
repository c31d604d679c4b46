package dev.tiersync.scheduler.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.testdata.AccountBuilder;
import dev.tiersync.testdata.PluginJars;
import dev.tiersync.testdata.Profiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A jar dropped in the plugins folder is loaded at start-up and its rule runs beside the built-in ones. */
@SpringBootTest(properties = "tiersync.schedule.enabled=false")
class PluginsFolderTest {

    @Autowired
    SyncRuntime runtime;

    @Autowired
    SegmentationConfig rules;

    @DynamicPropertySource
    static void plugins(DynamicPropertyRegistry registry) {
        registry.add("tiersync.plugins.dir", () -> {
            try {
                Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "tiersync-plugins");
                PluginJars.singleDealChurn(Files.createTempDirectory(Files.createDirectories(Path.of("target")), "plugin-build")).toFile()
                        .renameTo(dir.resolve("single-deal-plugin.jar").toFile());
                return dir.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aPluginsChurnRuleFlagsTheAccountsItIsAbout() {
        List<Segmentation> results = runtime.segmenter(rules).assess(List.of(
                new AccountHistory(AccountBuilder.anAccount("once").build(), List.of(Profiles.won("once", "500", "2024-06-01"))),
                new AccountHistory(AccountBuilder.anAccount("twice").build(), List.of(Profiles.won("twice", "500", "2024-03-01"),
                        Profiles.won("twice", "500", "2024-09-01")))), Profiles.AS_OF);

        assertThat(results.get(0).churnRisk()).isEqualTo(ChurnRisk.HIGH);
        assertThat(results.get(0).reasons()).contains("bought only once");
        assertThat(results.get(1).churnRisk()).isEqualTo(ChurnRisk.NONE);
    }
}
