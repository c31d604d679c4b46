package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.testdata.TestPlugins;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTest {

    @TempDir
    Path plugins;

    @Test
    void listsEachJarWithItsContributionsOrWhyItWouldBeRefused() {
        TestPlugins.singleDealChurn("single-deal").buildIn(plugins);
        TestPlugins.industryCondition("industries", "in-industry").version("2.3.1").buildIn(plugins);
        TestPlugins.singleDealChurn("future").api("[2.0,3.0)").buildIn(plugins);

        CliRun run = CliRun.of(Map.of(), "plugins", "--dir", plugins.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                Plugins in %s (this TierSync provides plugin API 1.0.0):
                  future-plugin.jar: refused: plugin future requires plugin API [2.0,3.0), but this TierSync provides plugin API 1.0.0; \
                use a build of the plugin for API 1.x, or a TierSync whose plugin API is in [2.0,3.0)
                  industries-plugin.jar: industries 2.3.1, API [1.0,2.0): segment-condition in-industry [industry (required)]
                  single-deal-plugin.jar: single-deal 1.0.0, API [1.0,2.0): churn-signal single-deal
                2 would load, 1 refused
                """.formatted(plugins));
    }

    @Test
    void aFolderWhereEverythingLoadsExitsZero() {
        TestPlugins.singleDealChurn("single-deal").buildIn(plugins);

        CliRun run = CliRun.of(Map.of(), "plugins", "--dir", plugins.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("1 would load, 0 refused\n");
    }

    @Test
    void anEmptyFolderSaysSo() {
        CliRun run = CliRun.of(Map.of(), "plugins", "--dir", plugins.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  no plugin jars (*.jar)\n0 would load, 0 refused");
    }

    @Test
    void aFolderThatDoesNotExistIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of(Map.of(), "plugins", "--dir", plugins.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("tiersync plugins: plugins folder " + plugins.resolve("nope").toAbsolutePath()
                + " does not exist" + System.lineSeparator());
    }

    @Test
    void theCommandIsListedInTheHelp() {
        CliRun run = CliRun.of(Map.of(), "--help");

        assertThat(run.out()).containsPattern("plugins\\s+List the plugin jars in a folder");
    }
}
