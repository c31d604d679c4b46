package dev.tiersync.scheduler.cli;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.scheduler.config.RulesFile;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.scheduler.problem.InvalidInput;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules FILE}: segmentation rules from YAML, over the shipped defaults. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "FILE",
            description = "YAML with tiersync.segmentation.* rules (default: the shipped rules)")
    Path file;

    SegmentationConfig load() {
        return InvalidInput.from(() -> RulesFile.load(file));
    }

    /**
     * The job of these rules with the runtime's plugins.
     *
     * @throws InvalidInput naming the rules file and the key, when a segment names a condition no loaded plugin has
     */
    SyncJob job(SyncRuntime runtime, SegmentationConfig rules) {
        try {
            return runtime.job(rules);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput((file == null ? "" : "rules file " + file + ": ") + "tiersync.segmentation." + e.getMessage(), e);
        }
    }
}
