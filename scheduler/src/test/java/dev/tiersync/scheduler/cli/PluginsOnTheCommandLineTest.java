package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.scheduler.plugins.PluginFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run} and {@code demo} with {@code --plugins DIR} and the plugins' settings from {@code --settings FILE}:
 * a plugin that cannot start is one line naming its jar (exit 2); one that throws during the run is switched off,
 * named in the report (text and JSON), and the run goes on; a run listener that throws is one line on stderr after
 * the report; the example plugin's segment condition in the rules puts accounts in the technographic segment.
 */
class PluginsOnTheCommandLineTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static final Map<String, String> PASSWORD = Map.of("TIERSYNC_PASSWORD", EmulatorSettings.DEFAULT_PASSWORD);

    @TempDir
    Path dir;

    @Test
    void aPluginThatCannotStartIsOneLineNamingItsJar() {
        assertRefused(PluginFolders::wrongApiRange, "future-plugin.jar: plugin future requires plugin API [2.0,3.0)");
        assertRefused(PluginFolders::badManifest, "typo-plugin.jar: META-INF/tiersync-plugin.yaml: contribution 'single-deal': "
                + "unknown extension point 'churn-signals'");
        assertRefused(PluginFolders::duplicateId, "twin-1.0.jar: declares plugin id 'twin', as does twin-1.1.jar");
        assertRefused(PluginFolders::example, "technographics-plugin.jar: contribution 'technographics' needs a value for its "
                + "configuration key 'file'");
    }

    @Test
    void aPluginThatThrowsIsSwitchedOffNamedInTheReportAndTheRunGoesOn() throws IOException {
        OrgData data = OrgData.generate(90, 6, AS_OF);
        Path plugins = PluginFolders.folder(dir);
        String failsOn = PluginFolders.aCustomer(data);
        PluginFolders.flaky(plugins, failsOn);
        PluginFolders.listeners(plugins);
        Path journal = dir.resolve("journal.txt");
        Path settings = PluginFolders.write(dir.resolve("settings.yml"), """
                tiersync:
                  plugins:
                    settings:
                      journal:
                        out: "%s"
                """.formatted(journal));

        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(data))) {
            CliRun text = run(org, "--plugins", plugins.toString(), "--settings", settings.toString());
            String told = Files.readString(journal);
            CliRun json = run(org, "--plugins", plugins.toString(), "--settings", settings.toString(), "--json", "--dry-run");

            assertThat(text.exitCode()).as(text.err()).isZero();
            assertThat(text.out()).contains("SUCCEEDED", "90 written", "Plugins switched off (they threw; the run went on without them)",
                    "  plugin flaky (flaky-plugin.jar) failed in churn-signal watching on account " + failsOn
                            + ": IllegalStateException: the intent service answered 503; it was off for the rest of the run")
                    .doesNotContain("watched by flaky");
            assertThat(text.err()).as("the listener, told after the report").isEqualTo("tiersync run: plugin notify (notify-plugin.jar) "
                    + "failed in run-listener deaf: IllegalStateException: the webhook answered 500; it was off for the rest of the run"
                    + System.lineSeparator());
            assertThat(told).startsWith("default SUCCEEDED 90 written");
            assertThat(json.exitCode()).as(json.err()).isZero();
            JsonNode report = JsonMapper.builder().build().readTree(json.out());
            assertThat(report.get("disabledPlugins")).hasSize(1);
            assertThat(report.get("disabledPlugins").get(0).get("plugin").asString()).isEqualTo("flaky");
            assertThat(report.get("disabledPlugins").get(0).get("point").asString()).isEqualTo("churn-signal");
            assertThat(report.get("disabledPlugins").get(0).get("accountId").asString()).isEqualTo(failsOn);
        }
    }

    @Test
    void runWithTheExamplePluginPutsTheAccountsOnACompetitorsCrmInTheTechnographicSegment() {
        OrgData data = OrgData.generate(120, 12, AS_OF);
        Path plugins = PluginFolders.folder(dir);
        PluginFolders.example(plugins);
        Path rules = PluginFolders.write(dir.resolve("rules.yml"), PluginFolders.rulesYaml());
        Path settings = PluginFolders.write(dir.resolve("settings.yml"), """
                tiersync:
                  plugins:
                    settings:
                      technographics:
                        file: "%s"
                """.formatted(PluginFolders.technographics(dir, data)));

        try (EmulatedOrg org = PluginFolders.org(data)) {
            CliRun run = run(org, "--plugins", plugins.toString(), "--rules", rules.toString(), "--settings", settings.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            Set<String> competitor = PluginFolders.onCompetitorCrm(data);
            assertThat(run.out()).containsPattern("Competitor CRM\\s+" + competitor.size());
            for (StoredRecord account : org.store().records("Account")) {
                if (competitor.contains(account.id())) {
                    assertThat(account.get("Segment__c")).isEqualTo("Competitor CRM");
                    assertThat(account.get("Segment_Reasons__c")).containsPattern("Competitor CRM: uses [A-Za-z, ]+ \\(crm\\)\\.");
                } else {
                    assertThat(account.get("Segment__c")).isIn("Key Accounts", "Everyone Else");
                }
            }
        }
    }

    @Test
    void rulesNamingAConditionWithoutItsPluginAreOneLineNamingTheFileAndTheKey() {
        Path rules = PluginFolders.write(dir.resolve("rules.yml"), PluginFolders.rulesYaml());
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(5, 6, AS_OF)))) {
            CliRun run = run(org, "--rules", rules.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("tiersync run: rules file " + rules + ": tiersync.segmentation.segments[0].conditions[0] "
                    + "(segment 'Competitor CRM'): no plugin contributes the segment condition 'uses-technology'; the conditions are "
                    + "none (no plugin is loaded that has one)" + System.lineSeparator());
        }
    }

    @Test
    void demoTakesPluginsTooAndItsOrgHoldsTheRulesSegments() {
        Path plugins = PluginFolders.folder(dir);
        PluginFolders.example(plugins);
        OrgData demo = OrgData.generate(DemoCommand.GENERATED_ACCOUNTS, DemoCommand.GENERATOR_SEED, AS_OF);
        Path rules = PluginFolders.write(dir.resolve("rules.yml"), PluginFolders.rulesYaml());
        Path settings = PluginFolders.write(dir.resolve("settings.yml"), "tiersync.plugins.settings.technographics.file: \""
                + PluginFolders.technographics(dir, demo) + "\"\n");

        CliRun run = CliRun.of(Map.of(), "demo", "--as-of", AS_OF.toString(), "--plugins", plugins.toString(), "--rules",
                rules.toString(), "--settings", settings.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        long byId = PluginFolders.accountIds(demo).stream().filter(id -> PluginFolders.accountIds(demo).indexOf(id) % 4 == 0).count();
        assertThat(run.out()).contains("300 written, 0 rejected").containsPattern("Competitor CRM\\s+" + byId);
    }

    private CliRun run(EmulatedOrg org, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"run", "--login-url", org.loginUrl(), "--username", EmulatorSettings.DEFAULT_USERNAME,
                "--as-of=" + AS_OF}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(PASSWORD, args);
    }

    private void assertRefused(Consumer<Path> broken, String expected) {
        Path plugins;
        try {
            plugins = Files.createTempDirectory(dir, "plugins");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        broken.accept(plugins);
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(5, 6, AS_OF)))) {
            CliRun run = run(org, "--plugins", plugins.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).startsWith("tiersync run: --plugins: ").contains(expected).doesNotContain("\tat ");
            assertThat(run.err().lines()).hasSize(1);
            assertThat(org.calls().total()).as("refused before any call to the org").isZero();
        }
    }
}
