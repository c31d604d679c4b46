package dev.tiersync.scheduler.config;

import dev.tiersync.domain.signals.PluginSignals;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the rule plugins from the plugins folder; a jar that cannot be loaded stops start-up, naming it. */
public final class Plugins {

    private static final Logger log = LoggerFactory.getLogger(Plugins.class);

    private Plugins() {
    }

    public static PluginSignals load(PluginsProperties properties) {
        Path dir = properties.dir();
        if (!Files.isDirectory(dir)) {
            log.info("no plugins folder at {}; only the built-in rules run", dir.toAbsolutePath());
            return PluginSignals.NONE;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(dir)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("tiersync.plugins.dir: cannot list " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (jars.isEmpty()) {
            return PluginSignals.NONE;
        }
        URL[] urls = jars.stream().map(Plugins::url).toArray(URL[]::new);
        // Kept open for the life of the application: the signals' classes come from it.
        URLClassLoader loader = new URLClassLoader("tiersync-plugins", urls, Plugins.class.getClassLoader());
        try {
            PluginSignals signals = PluginSignals.load(loader);
            log.info("loaded {} plugin jar(s) from {}: churn signals {}, upsell signals {}", jars.size(), dir.toAbsolutePath(),
                    names(signals.churnSignals()), names(signals.upsellSignals()));
            return signals;
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new IllegalArgumentException("tiersync.plugins.dir: a plugin in " + dir.toAbsolutePath() + " cannot be loaded ("
                    + e.getMessage() + "); fix or remove the jar", e);
        }
    }

    private static List<String> names(List<?> signals) {
        return signals.stream().map(signal -> signal.getClass().getName()).toList();
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("tiersync.plugins.dir: bad jar path " + jar, e);
        }
    }
}
