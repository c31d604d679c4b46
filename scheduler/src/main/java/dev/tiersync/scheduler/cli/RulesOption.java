package dev.tiersync.scheduler.cli;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.scheduler.config.RulesFile;
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
}
