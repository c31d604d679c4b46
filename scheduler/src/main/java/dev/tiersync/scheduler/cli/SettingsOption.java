package dev.tiersync.scheduler.cli;

import dev.tiersync.scheduler.config.SettingsFile;
import dev.tiersync.scheduler.problem.InvalidInput;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --settings FILE}: how syncs pull, write and retry, and the plugins' settings, from YAML laid out as
 * {@code serve}'s configuration.
 */
final class SettingsOption {

    @Option(names = "--settings", paramLabel = "FILE",
            description = "YAML with tiersync.sync.*, tiersync.resilience.*, tiersync.salesforce.* and tiersync.plugins.* "
                    + "settings (default: the shipped settings)")
    Path file;

    SettingsFile load() {
        return InvalidInput.from(() -> SettingsFile.load(file));
    }
}
