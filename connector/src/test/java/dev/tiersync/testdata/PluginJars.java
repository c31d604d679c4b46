package dev.tiersync.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A plugin jar in TierSync's former format, which the host refuses with what changed: a churn signal
 * against the engine's own interface, registered under META-INF/services and without a manifest.
 */
public final class PluginJars {

    public static final String PLUGIN_SOURCE = """
            package com.example.tiersync;

            import dev.tiersync.domain.profile.AccountProfile;
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

    private PluginJars() {
    }

    public static Path singleDealChurn(Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/com/example/tiersync"));
        Path source = Files.writeString(sources.resolve("SingleDealChurn.java"), PLUGIN_SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), source.toString());
        if (status != 0) {
            throw new IllegalStateException("the plugin did not compile");
        }
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
