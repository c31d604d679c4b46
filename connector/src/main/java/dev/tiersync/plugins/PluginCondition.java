package dev.tiersync.plugins;

import java.util.Map;

/**
 * One use of a plugin's segment condition by the rules, made by {@link PluginRegistry#condition(String, Map)}
 * and tested on accounts through {@link PluginRun#test(PluginCondition, dev.tiersync.plugin.api.AccountView)}.
 */
public interface PluginCondition {

    /** The condition's name, as the rules write it: its contribution id, such as {@code uses-technology}. */
    String name();

    /** The plugin that contributes it. */
    String pluginId();

    /** The settings the rule gave this use, such as {@code technology: AWS}. */
    Map<String, String> arguments();
}
