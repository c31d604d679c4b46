package dev.tiersync.plugins;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.plugins.internal.EnginePlugins;
import dev.tiersync.testdata.AccountBuilder;
import dev.tiersync.testdata.PluginJarBuilder;
import dev.tiersync.testdata.Profiles;
import dev.tiersync.testdata.TestPlugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin compiled in an earlier, separate build keeps loading after TierSync's insides change, as long as
 * the API stays: the plugin is compiled here apart from TierSync, against the plugin API's jar alone, so its
 * bytecode names only API and JDK classes; and its class loader lets it reach nothing else. A change inside
 * the connector (the engine, the sync, the adapters) therefore cannot reach it.
 */
class ApiCompatibilityTest {

    final PluginHost host = PluginHost.create(PluginHostTest.CLOCK);

    @TempDir
    Path dir;

    @Test
    void aPluginBuiltAgainstThePluginApiJarAloneLoadsAndTakesEffectInTheEngine() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        TestPlugins.singleDealChurn("single-deal").buildIn(plugins);

        try (PluginRegistry registry = host.start(plugins, PluginSettings.none())) {
            SegmentationConfig config = SegmentationConfig.defaults();
            Segmenter segmenter = new Segmenter(config);

            List<Segmentation> results = segmenter.assess(List.of(
                    new AccountHistory(AccountBuilder.anAccount("once").build(), List.of(Profiles.won("once", "500", "2024-06-01"))),
                    new AccountHistory(AccountBuilder.anAccount("twice").build(), List.of(Profiles.won("twice", "500", "2024-03-01"),
                            Profiles.won("twice", "500", "2024-09-01")))), Profiles.AS_OF,
                    EnginePlugins.bind(registry, config.segments()).start().extensions());

            assertThat(results.get(0).churnRisk()).isEqualTo(ChurnRisk.HIGH);
            assertThat(results.get(0).reasons()).contains("Churn High: bought only once");
            assertThat(results.get(0).segment()).isEqualTo("At Risk");
            assertThat(results.get(1).churnRisk()).isEqualTo(ChurnRisk.NONE);
        }
    }

    @Test
    void thePluginsBytecodeNamesOnlyThePluginApiAndTheJdk() throws IOException {
        Path classes = TestPlugins.singleDealChurn("single-deal").compile(dir.resolve("build"));

        JavaClasses plugin = new ClassFileImporter().importPath(classes);

        assertThat(plugin).isNotEmpty();
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("dev.tiersync.plugin.api..", "java..", "com.example..")
                .because("whatever else TierSync changes inside, a plugin links only to the API")
                .check(plugin);
    }

    @Test
    void theBuildReallyHasOnlyTheApiOnItsClassPath() {
        PluginJarBuilder reachingIn = PluginJarBuilder.aPlugin("reaching-in")
                .contribution("churn-signal", "inside", "com.example.reaching.Inside")
                .source("com.example.reaching.Inside", """
                        package com.example.reaching;

                        import dev.tiersync.domain.profile.AccountProfile;

                        public final class Inside {
                            AccountProfile profile;
                        }
                        """);

        assertThatThrownBy(() -> reachingIn.buildIn(dir.resolve("plugins"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not compile against [" + PluginJarBuilder.pluginApiLocation() + "]")
                .hasMessageContaining("package dev.tiersync.domain.profile does not exist");
    }
}
