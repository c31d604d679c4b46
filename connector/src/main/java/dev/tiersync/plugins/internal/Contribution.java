package dev.tiersync.plugins.internal;

import dev.tiersync.plugins.ContributionDescriptor;

/**
 * A started contribution: its plugin, its manifest entry and the instance.
 *
 * @param jar the plugin's jar file name
 */
record Contribution<T>(String pluginId, String jar, ContributionDescriptor descriptor, T instance) {

    String id() {
        return descriptor.id();
    }
}
