package dev.tiersync.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.tiersync.plugin.api.PluginApi;
import dev.tiersync.testdata.ExamplePlugin;
import dev.tiersync.testdata.PluginJarBuilder;
import dev.tiersync.testdata.PluginJars;
import dev.tiersync.testdata.TestPlugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which jars the host loads, and for those it refuses, the message that names the jar and says what to fix. */
class PluginHostTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T06:00:00Z"), ZoneOffset.UTC);

    final PluginHost host = PluginHost.create(CLOCK);

    @TempDir
    Path plugins;

    @Test
    void theHostProvidesThePluginApiOnItsClassPath() {
        assertThat(host.apiVersion()).isEqualTo(PluginApi.version()).isEqualTo("1.0.0");
    }

    @Test
    void theExamplePluginLoadsWithItsContributionsAndTheirConfigurationKeys() throws IOException {
        ExamplePlugin.copyInto(plugins);

        PluginInventory inventory = host.scan(plugins);

        assertThat(inventory.refused()).isEmpty();
        PluginDescriptor technographics = inventory.loadable().get(0).descriptor();
        assertThat(technographics.id()).isEqualTo("technographics");
        assertThat(technographics.version()).isEqualTo("1.0.0");
        assertThat(technographics.apiRange()).isEqualTo("[1.0,2.0)");
        assertThat(technographics.contributions()).extracting(ContributionDescriptor::point, ContributionDescriptor::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ExtensionPoint.ACCOUNT_ENRICHER, "technographics"),
                        org.assertj.core.groups.Tuple.tuple(ExtensionPoint.SEGMENT_CONDITION, "uses-technology"));
        assertThat(technographics.contributions().get(0).configKey("file")).get().extracting(ConfigKey::required).isEqualTo(true);
        assertThat(technographics.contributions().get(1).config()).extracting(ConfigKey::name).containsExactly("technology", "category");
    }

    @Test
    void aPluginForAnotherApiIsRefusedNamingTheJarAndBothVersions() {
        TestPlugins.singleDealChurn("future").api("[2.0,3.0)").buildIn(plugins);
        TestPlugins.singleDealChurn("too-new-a-minor").api("1.4").buildIn(plugins);
        TestPlugins.singleDealChurn("fits").api("1.0").buildIn(plugins);

        PluginInventory inventory = host.scan(plugins);

        assertThat(inventory.refused()).extracting(PluginJar.Refused::message).containsExactly(
                "future-plugin.jar: plugin future requires plugin API [2.0,3.0), but this TierSync provides plugin API 1.0.0; "
                        + "use a build of the plugin for API 1.x, or a TierSync whose plugin API is in [2.0,3.0)",
                "too-new-a-minor-plugin.jar: plugin too-new-a-minor requires plugin API 1.4, but this TierSync provides plugin API "
                        + "1.0.0; use a build of the plugin for API 1.x, or a TierSync whose plugin API is in 1.4");
        assertThat(inventory.loadable()).extracting(jar -> jar.descriptor().id()).containsExactly("fits");
    }

    @Test
    void aWrongManifestIsRefusedSayingWhichKeyAndWhatToWrite() {
        TestPlugins.singleDealChurn("no-id").manifest("version: 1.0.0\napi: \"[1.0,2.0)\"\ncontributions: []\n").buildIn(plugins);
        TestPlugins.singleDealChurn("bad-point").manifest("""
                id: bad-point
                version: 1.0.0
                api: "[1.0,2.0)"
                contributions:
                  - {id: single-deal, point: churn-signals, class: com.example.bad_point.SingleDealChurn}
                """).buildIn(plugins);
        TestPlugins.singleDealChurn("typo").manifest("""
                id: typo
                version: 1.0.0
                api: "[1.0,2.0)"
                contributons:
                  - {id: single-deal, point: churn-signal, class: com.example.typo.SingleDealChurn}
                """).buildIn(plugins);
        TestPlugins.singleDealChurn("not-yaml").manifest("id: [unclosed\n").buildIn(plugins);

        assertThat(host.scan(plugins).refused()).extracting(PluginJar.Refused::message).containsExactly(
                "bad-point-plugin.jar: META-INF/tiersync-plugin.yaml: contribution 'single-deal': unknown extension point "
                        + "'churn-signals'; the points are churn-signal, upsell-signal, account-enricher, segment-condition, run-listener",
                "no-id-plugin.jar: META-INF/tiersync-plugin.yaml: the manifest has no id",
                "not-yaml-plugin.jar: META-INF/tiersync-plugin.yaml: the manifest is not valid YAML: while parsing a flow sequence",
                "typo-plugin.jar: META-INF/tiersync-plugin.yaml: the manifest: unknown key 'contributons'; the keys are api, "
                        + "contributions, description, id, name, version");
    }

    @Test
    void aClassThatIsMissingOrDoesNotServeItsPointIsRefused() {
        TestPlugins.singleDealChurn("missing").contribution("churn-signal", "ghost", "com.example.missing.Ghost").buildIn(plugins);
        TestPlugins.singleDealChurn("wrong-point").manifest("""
                id: wrong-point
                version: 1.0.0
                api: "[1.0,2.0)"
                contributions:
                  - {id: single-deal, point: upsell-signal, class: com.example.wrong_point.SingleDealChurn}
                """).buildIn(plugins);

        assertThat(host.scan(plugins).refused()).extracting(PluginJar.Refused::message).containsExactly(
                "missing-plugin.jar: contribution 'ghost': class com.example.missing.Ghost is not in the jar",
                "wrong-point-plugin.jar: contribution 'single-deal': class com.example.wrong_point.SingleDealChurn does not implement "
                        + "dev.tiersync.plugin.api.UpsellSignal, which extension point upsell-signal needs");
    }

    @Test
    void aPluginBuiltAgainstTheEnginesInsidesIsRefusedForWhatItCannotSee() {
        String engineClasses = Path.of(dev.tiersync.domain.signals.ChurnSignal.class.getProtectionDomain().getCodeSource()
                .getLocation().getPath()).toString();
        PluginJarBuilder.aPlugin("insider").alsoCompiledAgainst(Path.of(engineClasses))
                .contribution("churn-signal", "insider", "com.example.insider.Insider")
                .source("com.example.insider.Insider", """
                        package com.example.insider;

                        import dev.tiersync.domain.profile.AccountProfile;
                        import dev.tiersync.domain.signals.ChurnSignal;
                        import dev.tiersync.domain.signals.Finding;
                        import java.util.Optional;

                        public final class Insider implements ChurnSignal {
                            public Optional<Finding> evaluate(AccountProfile customer) {
                                return Optional.empty();
                            }
                        }
                        """).buildIn(plugins);

        assertThat(host.scan(plugins).refused()).singleElement().extracting(PluginJar.Refused::message).asString()
                .startsWith("insider-plugin.jar: contribution 'insider': class com.example.insider.Insider cannot be loaded: it needs "
                        + "dev.tiersync.domain.signals.ChurnSignal, which plugins cannot see: a plugin sees only the TierSync plugin API");
    }

    @Test
    void aJarWithoutManifestIsRefusedAndAFormerServiceLoaderPluginIsToldWhatChanged() throws IOException {
        PluginJarBuilder.aPlugin("plain").withoutManifest().buildIn(plugins);
        Path former = PluginJars.singleDealChurn(Files.createDirectories(plugins.resolve(".former")));
        Files.move(former, plugins.resolve("single-deal-plugin.jar"));
        Files.writeString(plugins.resolve("broken.jar"), "not a zip");
        Files.writeString(plugins.resolve("notes.txt"), "not a jar, not looked at");

        assertThat(host.scan(plugins).jars()).extracting(jar -> ((PluginJar.Refused) jar).message()).containsExactly(
                "broken.jar: is not a readable jar (ZipException: zip END header not found)",
                "plain-plugin.jar: has no META-INF/tiersync-plugin.yaml; every plugin declares its id, version, api range and "
                        + "contributions there",
                "single-deal-plugin.jar: has no META-INF/tiersync-plugin.yaml; it is a plugin for TierSync's former "
                        + "META-INF/services signals: build it against tiersync-plugin-api and declare its contributions in a manifest");
    }

    @Test
    void twoPluginsWithOneIdAreBothRefusedNamingEachOther() {
        TestPlugins.singleDealChurn("twin").fileName("twin-1.0.jar").buildIn(plugins);
        TestPlugins.singleDealChurn("twin").version("1.1.0").fileName("twin-1.1.jar").buildIn(plugins);
        TestPlugins.singleDealChurn("single").buildIn(plugins);

        PluginInventory inventory = host.scan(plugins);

        assertThat(inventory.refused()).extracting(PluginJar.Refused::message).containsExactly(
                "twin-1.0.jar: declares plugin id 'twin', as does twin-1.1.jar; plugin ids must be unique: remove all but one of them",
                "twin-1.1.jar: declares plugin id 'twin', as does twin-1.0.jar; plugin ids must be unique: remove all but one of them");
        assertThat(inventory.loadable()).extracting(jar -> jar.descriptor().id()).containsExactly("single");
    }

    @Test
    void twoPluginsContributingOneConditionNameAreBothRefused() {
        TestPlugins.industryCondition("first", "in-industry").buildIn(plugins);
        TestPlugins.industryCondition("second", "in-industry").buildIn(plugins);

        assertThat(host.scan(plugins).refused()).extracting(PluginJar.Refused::message).containsExactly(
                "first-plugin.jar: contributes segment condition 'in-industry', as does second-plugin.jar; the rules name "
                        + "conditions alone, so their names must be unique across plugins",
                "second-plugin.jar: contributes segment condition 'in-industry', as does first-plugin.jar; the rules name "
                        + "conditions alone, so their names must be unique across plugins");
    }

    @Test
    void startRefusesTheWholeFolderOnOneLineWhenAnyJarIsWrong() {
        TestPlugins.singleDealChurn("good").buildIn(plugins);
        TestPlugins.singleDealChurn("future").api("[2.0,3.0)").buildIn(plugins);

        assertThatThrownBy(() -> host.start(plugins, PluginSettings.none()))
                .asInstanceOf(type(PluginRefusedException.class))
                .satisfies(e -> assertThat(e.refusals()).extracting(PluginJar::fileName).containsExactly("future-plugin.jar"))
                .extracting(Throwable::getMessage).asString()
                .startsWith("a plugin in " + plugins + " cannot start: future-plugin.jar: plugin future requires plugin API [2.0,3.0)")
                .doesNotContain("\n");
    }

    @Test
    void aRequiredSettingWithoutValueOrAContributionThatWillNotStartIsRefusedAtStart() throws IOException {
        ExamplePlugin.copyInto(plugins);

        assertThatThrownBy(() -> host.start(plugins, PluginSettings.none())).isInstanceOf(PluginRefusedException.class)
                .hasMessageEndingWith("technographics-plugin.jar: contribution 'technographics' needs a value for its configuration "
                        + "key 'file' (the technographics CSV (account,technology,category,observed))");
        Path missing = plugins.resolve("nope.csv");
        assertThatThrownBy(() -> host.start(plugins, PluginSettings.of(Map.of("technographics", Map.of("file", missing.toString())))))
                .hasMessageContaining("technographics-plugin.jar: contribution 'technographics' did not start: IllegalArgumentException: "
                        + "technographics file " + missing + " cannot be read");
    }

    @Test
    void settingsForAKeyOrAPluginThatDoesNotExistAreRefused() throws IOException {
        ExamplePlugin.copyInto(plugins);
        Path csv = Files.writeString(plugins.resolve("tech.csv"), "account,technology,category,observed\n");

        assertThatThrownBy(() -> host.start(plugins, PluginSettings.of(Map.of("technographics", Map.of("file", csv.toString(),
                "max-age", "30"))))).hasMessageEndingWith("technographics-plugin.jar: plugin technographics has no configuration key "
                + "'max-age'; its keys are category, file, max-age-days, technology");
        assertThatThrownBy(() -> host.start(plugins, PluginSettings.of(Map.of("technographic", Map.of("file", csv.toString())))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plugin settings name 'technographic', but no plugin in " + plugins + " has that id; the plugins there are "
                        + "technographics");
    }

    @Test
    void aFolderThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> host.scan(plugins.resolve("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plugins folder " + plugins.resolve("nope").toAbsolutePath() + " does not exist");
    }

    @Test
    void anEmptyFolderLoadsNothing() {
        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            assertThat(registry.plugins()).isEmpty();
            assertThat(host.scan(plugins).jars()).isEmpty();
        }
    }

    @Test
    void theStartedPluginsAreListedInIdOrderWithTheirConditions() throws IOException {
        TestPlugins.singleDealChurn("zeta").buildIn(plugins);
        TestPlugins.industryCondition("alpha", "in-industry").buildIn(plugins);

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            assertThat(registry.plugins()).extracting(PluginDescriptor::id).containsExactly("alpha", "zeta");
            assertThat(registry.conditionNames()).isEqualTo(List.of("in-industry"));
        }
    }
}
