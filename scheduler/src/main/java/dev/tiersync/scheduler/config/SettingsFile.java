package dev.tiersync.scheduler.config;

import dev.tiersync.salesforce.resilience.ResilienceSettings;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.sync.SyncSettings;
import java.nio.file.Path;

/**
 * The command line's {@code --settings FILE}: how syncs pull and write ({@code tiersync.sync.*}), retry
 * ({@code tiersync.resilience.*}) and reach Salesforce ({@code tiersync.salesforce.*}), and the plugins'
 * settings ({@code tiersync.plugins.*}), laid out as in {@code serve}'s configuration. Every section is optional.
 */
public record SettingsFile(SyncSettings sync, ResilienceSettings resilience, WscSettings salesforce, PluginsProperties plugins) {

    /** The shipped defaults. */
    public static SettingsFile defaults() {
        return new SettingsFile(SyncSettings.defaults(), ResilienceSettings.defaults(), WscSettings.defaults(),
                PluginsProperties.none());
    }

    /**
     * The settings in the file over the defaults; the defaults alone when {@code file} is null.
     *
     * @throws IllegalArgumentException naming the file and the key of a bad value
     */
    public static SettingsFile load(Path file) {
        if (file == null) {
            return defaults();
        }
        YamlFile yaml = YamlFile.read("settings", file, SettingKeys.ofCommandLineFiles());
        return new SettingsFile(
                yaml.section("tiersync.sync", SyncProperties.class).map(SyncProperties::toSettings)
                        .orElseGet(SyncSettings::defaults),
                yaml.section("tiersync.resilience", ResilienceProperties.class).map(ResilienceProperties::toSettings)
                        .orElseGet(ResilienceSettings::defaults),
                yaml.section("tiersync.salesforce", SalesforceProperties.class).map(SalesforceProperties::toSettings)
                        .orElseGet(WscSettings::defaults),
                yaml.section("tiersync.plugins", PluginsProperties.class).orElseGet(PluginsProperties::none));
    }
}
