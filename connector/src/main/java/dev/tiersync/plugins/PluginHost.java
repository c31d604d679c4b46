package dev.tiersync.plugins;

import dev.tiersync.plugins.internal.PluginFolders;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where plugins come in. {@link #scan(Path)} says, for every jar in a folder, whether it would load and
 * why not; {@link #start(Path, PluginSettings)} loads a folder, each plugin in its own class loader that sees
 * only the plugin API and the JDK, and refuses to start at all (naming every jar that is wrong) when one
 * cannot load: an API range that does not include the API this TierSync provides, a wrong manifest, a class
 * that does not serve its point, two plugins with one id, a missing required setting.
 */
public final class PluginHost {

    /** Where a plugin jar declares itself. */
    public static final String MANIFEST = "META-INF/tiersync-plugin.yaml";

    private final PluginFolders folders;

    private PluginHost(Clock clock) {
        this.folders = new PluginFolders(clock);
    }

    /** @param clock stamps the plugin failures of runs */
    public static PluginHost create(Clock clock) {
        return new PluginHost(clock);
    }

    /** The plugin API version this TierSync provides, such as {@code 1.0.0}: a plugin's API range must include it. */
    public String apiVersion() {
        return folders.apiVersion();
    }

    /**
     * What every jar in the folder is: would load (with its manifest), or refused (with why). Loads each
     * plugin's classes to check them but runs none of its code; keeps nothing open.
     *
     * @throws IllegalArgumentException when the folder does not exist or cannot be listed
     */
    public PluginInventory scan(Path dir) {
        return folders.scan(dir);
    }

    /**
     * The plugins in the folder, started with the user's settings.
     *
     * @throws PluginRefusedException naming every jar that cannot start, and why; then nothing is loaded
     * @throws IllegalArgumentException when the folder does not exist, or the settings name a plugin that is not there
     */
    public PluginRegistry start(Path dir, PluginSettings settings) {
        return folders.start(dir, settings);
    }

    /** A registry with no plugin, for when there is no plugins folder. */
    public PluginRegistry noPlugins() {
        return folders.none();
    }
}
