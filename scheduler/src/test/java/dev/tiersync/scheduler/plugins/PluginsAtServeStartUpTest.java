package dev.tiersync.scheduler.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.scheduler.TierSyncApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code serve} refuses to start with a plugin that cannot load, with a message naming the key, the jar and
 * what is wrong; so it does with rules naming a segment condition no loaded plugin has.
 */
class PluginsAtServeStartUpTest {

    private static final List<String> ORG = List.of("--tiersync.schedule.enabled=false", "--spring.main.web-application-type=none",
            "--tiersync.org.login-url=http://127.0.0.1:9", "--tiersync.org.username=admin@tiersync.local",
            "--tiersync.org.password=secret-value");

    @TempDir
    Path dir;

    @Test
    void aPluginForAnotherApiVersionStopsStartUpNamingItsJar() {
        assertRefused(PluginFolders::wrongApiRange, "tiersync.plugins.dir: a plugin in " + folder() + " cannot start: "
                + "future-plugin.jar: plugin future requires plugin API [2.0,3.0), but this TierSync provides plugin API 1.0.0");
    }

    @Test
    void aBadManifestStopsStartUpNamingItsJarAndTheMistake() {
        assertRefused(PluginFolders::badManifest, "typo-plugin.jar: META-INF/tiersync-plugin.yaml: contribution 'single-deal': "
                + "unknown extension point 'churn-signals'; the points are churn-signal, upsell-signal, account-enricher, "
                + "segment-condition, run-listener");
    }

    @Test
    void twoPluginsWithOneIdStopStartUpNamingBothJars() {
        assertRefused(PluginFolders::duplicateId, "2 plugins in " + folder() + " cannot start: twin-1.0.jar: declares plugin id "
                + "'twin', as does twin-1.1.jar; plugin ids must be unique: remove all but one of them; twin-1.1.jar: declares "
                + "plugin id 'twin', as does twin-1.0.jar");
    }

    @Test
    void aPluginWithoutItsRequiredSettingStopsStartUpSayingWhichKey() {
        assertRefused(PluginFolders::example, "technographics-plugin.jar: contribution 'technographics' needs a value for its "
                + "configuration key 'file'");
    }

    @Test
    void rulesNamingAConditionNoLoadedPluginHasStopStartUpNamingTheSegmentsKey() {
        List<String> arguments = new ArrayList<>(ORG);
        arguments.addAll(List.of("--tiersync.segmentation.segments[0].name=Competitor CRM",
                "--tiersync.segmentation.segments[0].conditions[0].condition=uses-technology",
                "--tiersync.segmentation.segments[0].conditions[0].technology=HubSpot",
                "--tiersync.segmentation.segments[1].name=Everyone Else"));

        assertStartupFails(arguments, "tiersync.segmentation.segments[0].conditions[0] (segment 'Competitor CRM'): no plugin "
                + "contributes the segment condition 'uses-technology'; the conditions are none (no plugin is loaded that has one)");
    }

    @Test
    void settingsForAPluginThatIsNotThereStopStartUp() {
        List<String> arguments = new ArrayList<>(ORG);
        arguments.add("--tiersync.plugins.dir=" + folder());
        arguments.add("--tiersync.plugins.settings.technografics.file=/data/t.csv");
        PluginFolders.example(folder());

        assertStartupFails(arguments, "tiersync.plugins.settings: plugin settings name 'technografics', but no plugin in "
                + folder() + " has that id; the plugins there are technographics");
    }

    private Path folder() {
        return PluginFolders.folder(dir);
    }

    private void assertRefused(Consumer<Path> plugins, String expected) {
        plugins.accept(folder());
        List<String> arguments = new ArrayList<>(ORG);
        arguments.add("--tiersync.plugins.dir=" + folder());
        assertStartupFails(arguments, expected);
    }

    private static void assertStartupFails(List<String> arguments, String expected) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(TierSyncApplication.class).run(arguments.toArray(String[]::new)).close())
                .satisfies(e -> {
                    StringBuilder messages = new StringBuilder();
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        messages.append(t.getMessage()).append('\n');
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("secret-value");
                    }
                    assertThat(messages.toString()).contains(expected);
                });
    }
}
