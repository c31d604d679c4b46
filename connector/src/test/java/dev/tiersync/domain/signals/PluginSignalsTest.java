package dev.tiersync.domain.signals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.testdata.AccountBuilder;
import dev.tiersync.testdata.Profiles;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A third-party jar adds a churn signal through ServiceLoader, and the engine uses it. */
class PluginSignalsTest {

    private static final String PLUGIN_SOURCE = """
            package com.example.tiersync;

            import dev.tiersync.domain.engine.AccountProfile;
            import dev.tiersync.domain.signals.ChurnSignal;
            import dev.tiersync.domain.signals.Finding;
            import java.util.Optional;

            public final class SingleDealChurn implements ChurnSignal {
                @Override
                public Optional<Finding> evaluate(AccountProfile customer) {
                    return customer.metrics().wonDeals() == 1
                            ? Optional.of(new Finding("single-deal", 3, "bought only once"))
                            : Optional.empty();
                }
            }
            """;

    @Test
    void aSignalFromAPluginJarTakesEffect(@TempDir Path dir) throws IOException {
        Path jar = buildPluginJar(dir);
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

    private static Path buildPluginJar(Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/com/example/tiersync"));
        Path source = Files.writeString(sources.resolve("SingleDealChurn.java"), PLUGIN_SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), source.toString());
        assertThat(status).as("plugin compiles").isZero();
        Path jar = dir.resolve("single-deal-plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("com/example/tiersync/SingleDealChurn.class"));
            out.write(Files.readAllBytes(classes.resolve("com/example/tiersync/SingleDealChurn.class")));
            out.putNextEntry(new JarEntry("META-INF/services/dev.tiersync.domain.signals.ChurnSignal"));
            out.write("com.example.tiersync.SingleDealChurn\n".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }
}
