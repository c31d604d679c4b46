package dev.tiersync.plugins;

import java.util.List;
import java.util.Map;

/**
 * The plugins that started, with their contributions, for the life of the application. Close it to close
 * their class loaders (and every contribution that is {@link AutoCloseable}).
 */
public interface PluginRegistry extends AutoCloseable {

    /** The started plugins, in id order. */
    List<PluginDescriptor> plugins();

    /** The names of the segment conditions the rules may use, in order. */
    List<String> conditionNames();

    /**
     * One use of a segment condition, for a rule: a new instance of the contribution, configured with the
     * plugin's settings and then the rule's arguments, over the manifest's defaults.
     *
     * @throws IllegalArgumentException naming the condition, when no plugin contributes it, an argument is not a
     *     key its manifest declares, a required key has no value, or the contribution refuses its configuration
     */
    PluginCondition condition(String name, Map<String, String> arguments);

    /** The contributions for a new run, with no plugin off yet. */
    PluginRun startRun();

    /** Closes the plugins' class loaders; the registry is not to be used afterwards. */
    @Override
    void close();
}
