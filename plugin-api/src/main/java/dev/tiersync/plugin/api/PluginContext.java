package dev.tiersync.plugin.api;

import java.util.Map;
import java.util.Objects;

/**
 * What TierSync gives a contribution when it creates it: who it is and its configuration. A contribution
 * class takes it in its public constructor. Tests of a plugin build one with {@link #of(String, String, Map)}.
 */
public final class PluginContext {

    private final String pluginId;
    private final String contributionId;
    private final Configuration configuration;

    private PluginContext(String pluginId, String contributionId, Configuration configuration) {
        this.pluginId = pluginId;
        this.contributionId = contributionId;
        this.configuration = configuration;
    }

    /**
     * A context.
     *
     * @param pluginId the plugin's id, as its manifest declares it
     * @param contributionId the contribution's id, as its manifest declares it
     * @param configuration the contribution's settings: key to value
     * @return the context
     */
    public static PluginContext of(String pluginId, String contributionId, Map<String, String> configuration) {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(contributionId, "contributionId");
        return new PluginContext(pluginId, contributionId, Configuration.of(pluginId + "/" + contributionId, Map.copyOf(configuration)));
    }

    /** @return the plugin's id, such as {@code technographics} */
    public String pluginId() {
        return pluginId;
    }

    /** @return the contribution's id, such as {@code uses-technology} */
    public String contributionId() {
        return contributionId;
    }

    /** @return the contribution's settings */
    public Configuration configuration() {
        return configuration;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PluginContext c && c.pluginId.equals(pluginId) && c.contributionId.equals(contributionId)
                && c.configuration.equals(configuration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pluginId, contributionId, configuration);
    }

    @Override
    public String toString() {
        return "PluginContext[" + configuration + "]";
    }
}
