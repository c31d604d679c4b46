package dev.tiersync.scheduler.api;

import dev.tiersync.plugins.ConfigKey;
import dev.tiersync.plugins.ContributionDescriptor;
import dev.tiersync.plugins.PluginDescriptor;
import dev.tiersync.plugins.PluginHost;
import dev.tiersync.plugins.PluginRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/plugins}: the plugins that started, each with the contributions its manifest declares and
 * their configuration keys (never the values the settings give them, which may be secrets), and the plugin API
 * version this TierSync provides.
 */
@RestController
class PluginsController {

    private final PluginRegistry plugins;
    private final String apiVersion;

    PluginsController(PluginRegistry plugins, Clock clock) {
        this.plugins = plugins;
        this.apiVersion = PluginHost.create(clock).apiVersion();
    }

    record PluginsView(String apiVersion, List<PluginView> plugins) {
    }

    /** A loaded plugin: its id, name, version, the API range it works with and what it contributes. */
    record PluginView(String id, String name, String version, String apiRange, List<ContributionView> contributions) {
        static PluginView of(PluginDescriptor plugin) {
            return new PluginView(plugin.id(), plugin.name(), plugin.version(), plugin.apiRange(),
                    plugin.contributions().stream().map(ContributionView::of).toList());
        }
    }

    /** A contribution: its id (a segment condition's name in the rules), its extension point and its keys. */
    record ContributionView(String id, String point, String description, List<KeyView> config) {
        static ContributionView of(ContributionDescriptor contribution) {
            return new ContributionView(contribution.id(), contribution.point().id(), contribution.description(),
                    contribution.config().stream().map(KeyView::of).toList());
        }
    }

    /** A configuration key as the manifest declares it, with its default. */
    record KeyView(String name, boolean required, String defaultValue, String description) {
        static KeyView of(ConfigKey key) {
            return new KeyView(key.name(), key.required(), key.defaultValue(), key.description());
        }
    }

    @GetMapping("/api/plugins")
    PluginsView plugins() {
        return new PluginsView(apiVersion, plugins.plugins().stream().map(PluginView::of).toList());
    }
}
