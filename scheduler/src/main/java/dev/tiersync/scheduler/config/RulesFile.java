package dev.tiersync.scheduler.config;

import dev.tiersync.domain.engine.SegmentationConfig;
import java.nio.file.Path;

/** Reads segmentation rules from a YAML file laid out as {@code tiersync.segmentation.*}, for the command line and rule profiles. */
public final class RulesFile {

    private RulesFile() {
    }

    /**
     * The rules in the file, over the shipped defaults; the defaults alone when {@code file} is null.
     *
     * @throws IllegalArgumentException naming the file and, for a bad rule, the key and what to fix
     */
    public static SegmentationConfig load(Path file) {
        if (file == null) {
            return SegmentationConfig.defaults();
        }
        return YamlFile.read("rules", file, SettingKeys.ofCommandLineFiles()).section("tiersync.segmentation", SegmentationProperties.class)
                .map(SegmentationProperties::toConfig).orElseGet(SegmentationConfig::defaults);
    }
}
