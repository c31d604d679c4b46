package dev.tiersync.scheduler.config;

import dev.tiersync.plugins.PluginHost;
import dev.tiersync.plugins.PluginRefusedException;
import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.plugins.PluginSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The plugins, under {@code tiersync.plugins.*}: the folder of plugin jars and each plugin's settings. Every
 * jar of the folder is checked and started at start-up (its manifest, the plugin API range it needs, its
 * classes in a class loader of its own, its settings); a jar that cannot start stops start-up, naming it.
 *
 * @param dir the folder of plugin jars; left out, {@code serve} loads the {@code plugins} folder of the working
 *     directory, if there is one
 * @param settings each plugin's configuration, by plugin id and then key:
 *     {@code tiersync.plugins.settings.technographics.file=/data/technographics.csv}. Values are never logged.
 */
@ConfigurationProperties("tiersync.plugins")
public record PluginsProperties(Path dir, Map<String, Map<String, String>> settings) {

    static final String PREFIX = "tiersync.plugins.";
    /** Where {@code serve} looks when {@code tiersync.plugins.dir} is not set. */
    static final Path DEFAULT_DIR = Path.of("plugins");

    private static final Logger log = LoggerFactory.getLogger(PluginsProperties.class);

    public PluginsProperties {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** No folder and no settings. */
    public static PluginsProperties none() {
        return new PluginsProperties(null, Map.of());
    }

    /** The plugin settings, by plugin id. */
    public PluginSettings pluginSettings() {
        return PluginSettings.of(settings);
    }

    /** This configuration with another folder, such as the command line's {@code --plugins DIR}. */
    public PluginsProperties withDir(Path folder) {
        return new PluginsProperties(folder, settings);
    }

    /**
     * Starts {@code serve}'s plugins: those of {@code dir}, or else of the {@code plugins} folder of the working
     * directory when there is one, with their settings.
     *
     * @throws IllegalArgumentException naming every jar that cannot start and why, or the key of a bad setting;
     *     then no plugin is loaded
     */
    public PluginRegistry start(Clock clock) {
        if (dir == null && Files.isDirectory(DEFAULT_DIR)) {
            return withDir(DEFAULT_DIR).start(clock, PREFIX + "dir");
        }
        return start(clock, PREFIX + "dir");
    }

    /**
     * Starts the plugins of {@code dir} (none without it) with their settings.
     *
     * @param dirName how messages name the folder's setting, such as {@code --plugins}
     * @throws IllegalArgumentException naming every jar that cannot start and why, or the key of a bad setting;
     *     then no plugin is loaded
     */
    public PluginRegistry start(Clock clock, String dirName) {
        PluginHost host = PluginHost.create(clock);
        if (dir == null) {
            if (!settings.isEmpty()) {
                throw new IllegalArgumentException(PREFIX + "settings name the plugins " + String.join(", ", settings.keySet())
                        + ", but no plugins folder is given: set " + dirName);
            }
            log.info("no plugins folder ({} not set); only the built-in rules run", dirName);
            return host.noPlugins();
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dirName + ": the plugins folder " + dir.toAbsolutePath() + " does not exist");
        }
        PluginRegistry registry;
        try {
            registry = host.start(dir, pluginSettings());
        } catch (PluginRefusedException e) {
            throw new IllegalArgumentException(dirName + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "settings: " + e.getMessage(), e);
        }
        log.info("loaded {} plugin(s) from {}: {}", registry.plugins().size(), dir.toAbsolutePath(),
                registry.plugins().stream().map(p -> p.id() + " " + p.version()).toList());
        return registry;
    }

    /** The settings' plugins and keys, never their values: a value may be a data provider's API key. */
    @Override
    public String toString() {
        return "PluginsProperties[dir=" + dir + ", settings=" + pluginSettings() + "]";
    }
}
