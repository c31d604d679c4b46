package dev.tiersync.scheduler.cli;

import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.scheduler.config.SettingsFile;
import dev.tiersync.scheduler.problem.InvalidInput;
import dev.tiersync.sync.DisabledPlugin;
import dev.tiersync.sync.RunPlugins;
import dev.tiersync.sync.SyncReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/**
 * {@code --plugins DIR}: the folder of plugin jars to load, with the plugins' settings from the settings
 * file ({@code tiersync.plugins.settings.<plugin-id>.<key>}); without it, the settings file's
 * {@code tiersync.plugins.dir}, else no plugin.
 */
final class PluginsOption {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Folder of plugin jars to load (their settings: tiersync.plugins.settings.<plugin-id>.<key> "
                    + "in the --settings file; see: tiersync plugins --dir DIR)")
    Path dir;

    /** @throws InvalidInput naming the jar that cannot start and why, or the setting that is wrong */
    PluginRegistry start(SettingsFile settings, Clock clock) {
        Path folder = dir != null ? dir : settings.plugins().dir();
        String name = dir != null ? "--plugins" : "tiersync.plugins.dir";
        return InvalidInput.from(() -> settings.plugins().withDir(folder).start(clock, name));
    }

    /**
     * Tells the plugins' run listeners, once the report is printed; a listener that throws is switched off and
     * named on stderr, and the run's outcome stays as it was.
     */
    static void runFinished(RunPlugins plugins, String org, SyncReport report, String command, PrintWriter err) {
        for (DisabledPlugin failure : plugins.runFinished(org, report)) {
            err.println("tiersync " + command + ": " + failure.describe());
        }
        err.flush();
    }
}
