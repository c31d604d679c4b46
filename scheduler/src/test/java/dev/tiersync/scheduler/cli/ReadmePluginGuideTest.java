package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.segments.NamedCondition;
import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Attributes;
import dev.tiersync.plugin.api.Metrics;
import dev.tiersync.plugins.PluginCondition;
import dev.tiersync.plugins.PluginHost;
import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.plugins.PluginRun;
import dev.tiersync.plugins.PluginSettings;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.scheduler.config.RulesFile;
import dev.tiersync.testdata.PluginJarBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's guide to writing a plugin works as written: its two classes compile against the plugin API alone,
 * its manifest loads, {@code ./tiersync plugins} prints what the guide shows, its rules bind to the plugin's
 * condition, and the condition reads the enricher's attribute as the guide says.
 */
class ReadmePluginGuideTest {

    @TempDir
    Path dir;

    @Test
    void theGuidesPluginBuildsLoadsAndWorksAsTheGuideSays() throws IOException {
        String guide = section(Files.readString(Path.of("..", "README.md")), "## Plugins");
        List<String> java = blocks(guide, "java");
        String manifest = blocks(guide, "yaml").stream().filter(b -> b.startsWith("id: ")).findFirst().orElseThrow();
        String rules = blocks(guide, "yaml").stream().filter(b -> b.contains("segmentation:")).findFirst().orElseThrow();
        assertThat(java).hasSize(2);
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        PluginJarBuilder jar = PluginJarBuilder.aPlugin("intent").fileName("intent-plugin-1.0.0.jar").manifest(manifest);
        java.forEach(source -> jar.source(className(source), source));
        jar.buildIn(plugins);

        String listed = listing(plugins);
        String shown = blocks(guide, "").stream().filter(b -> b.startsWith("$ ./tiersync plugins")).findFirst().orElseThrow();
        assertThat(listed).isEqualTo(shown.substring(shown.indexOf('\n') + 1).replace("Plugins in plugins ", "Plugins in " + plugins + " "));

        Path scores = Files.writeString(dir.resolve("intent-scores.csv"), "001A,86\n001B,40\n");
        try (PluginRegistry registry = PluginHost.create(Clock.systemUTC())
                .start(plugins, PluginSettings.of(Map.of("intent", Map.of("file", scores.toString()))))) {
            SegmentationConfig config = RulesFile.load(Files.writeString(dir.resolve("rules.yml"), rules));
            assertThat(config.segments().namedConditions()).containsExactly(new NamedCondition("surging", Map.of("threshold", "80")));
            assertThat(SyncRuntime.builder().plugins(registry).build().job(config)).isNotNull();

            PluginCondition surging = registry.condition("surging", Map.of("threshold", "80"));
            PluginRun run = registry.startRun();
            List<AccountView> accounts = List.of(account("001A"), account("001B"), account("001C"));
            List<Attributes> enriched = run.enrichAll(accounts);
            assertThat(run.test(surging, accounts.get(0).withAttributes(enriched.get(0))).reason()).contains("intent score 86");
            assertThat(run.test(surging, accounts.get(1).withAttributes(enriched.get(1))).isMet()).isFalse();
            assertThat(enriched.get(2)).isEqualTo(Attributes.none());
            assertThat(run.failures()).isEmpty();
        }
    }

    private String listing(Path plugins) {
        CliRun run = CliRun.of(Map.of(), "plugins", "--dir", plugins.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static AccountView account(String id) {
        return AccountView.builder(id, Metrics.builder(LocalDate.of(2025, 6, 1)).build()).build();
    }

    /** The text from the heading to the next heading of its level. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        int end = markdown.indexOf("\n## ", start + heading.length() + 2);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /** The fenced blocks of a language (empty for none), without the list's indentation. */
    private static List<String> blocks(String markdown, String language) {
        Matcher block = Pattern.compile("(?m)^( *)```" + Pattern.quote(language) + "\\n(.*?)^\\1```$", Pattern.DOTALL).matcher(markdown);
        List<String> found = new ArrayList<>();
        while (block.find()) {
            String indent = block.group(1);
            found.add(block.group(2).lines().map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
                    .reduce("", (a, b) -> a + b + "\n"));
        }
        return found;
    }

    private static String className(String source) {
        Matcher pkg = Pattern.compile("package ([\\w.]+);").matcher(source);
        Matcher type = Pattern.compile("public final class (\\w+)").matcher(source);
        assertThat(pkg.find() && type.find()).isTrue();
        return pkg.group(1) + "." + type.group(1);
    }
}
