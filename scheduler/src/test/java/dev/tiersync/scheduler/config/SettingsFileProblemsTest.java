package dev.tiersync.scheduler.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rules or settings file that is not right is refused in one line naming the key (or the line) and what to fix. */
class SettingsFileProblemsTest {

    @TempDir
    Path dir;

    @Test
    void aMistypedRulesKeyIsRefusedWithTheNearestValidKey() throws IOException {
        Path rules = file("tiersync:\n  segmentation:\n    tiers:\n      methd: pareto\n");
        assertThatThrownBy(() -> RulesFile.load(rules))
                .hasMessageContaining("tiersync.segmentation.tiers.methd is not a setting")
                .hasMessageContaining("did you mean tiersync.segmentation.tiers.method?");
    }

    @Test
    void aRulesFileWithoutTheTiersyncRootIsRefusedSayingWhereTheKeysGo() throws IOException {
        Path rules = file("segmentation:\n  tiers:\n    method: pareto\n");
        assertThatThrownBy(() -> RulesFile.load(rules))
                .hasMessageContaining("did you mean tiersync.segmentation.tiers.method?")
                .hasMessageContaining("'tiersync:' root");
    }

    @Test
    void anUnknownEnumValueNamesTheKeyAndTheAllowedValues() throws IOException {
        Path rules = file("tiersync:\n  segmentation:\n    tiers:\n      method: magic\n");
        assertThatThrownBy(() -> RulesFile.load(rules))
                .hasMessageContaining("tiersync.segmentation.tiers.method 'magic' is not one of pareto")
                .hasMessageNotContaining("No enum constant").hasMessageNotContaining("dev.tiersync");
    }

    @Test
    void aWordWhereANumberBelongsNamesTheKey() throws IOException {
        Path rules = file("tiersync:\n  segmentation:\n    tiers:\n      new-customer-days: ninety\n");
        assertThatThrownBy(() -> RulesFile.load(rules))
                .hasMessageContaining("tiersync.segmentation.tiers.new-customer-days 'ninety' is not a whole number")
                .hasMessageNotContaining("For input string");
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileLineAndColumn() throws IOException {
        Path rules = file("tiersync:\n  segmentation:\n    tiers: [oops\n");
        assertThatThrownBy(() -> RulesFile.load(rules))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rules file " + rules + " is not valid YAML at line")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aMistypedSettingIsRefusedWithTheNearestValidKeyAndIndexedAndMapKeysPass() throws IOException {
        Path settings = file("tiersync:\n  sync:\n    write-chunk-sise: 100\n");
        assertThatThrownBy(() -> SettingsFile.load(settings))
                .hasMessageContaining("did you mean tiersync.sync.write-chunk-size?");
        Path good = file("tiersync:\n  sync:\n    writeChunkSize: 100\n    write-policies:\n      Segment__c: only-if-blank\n"
                + "  plugins:\n    settings:\n      technographics:\n        file: t.csv\n");
        org.assertj.core.api.Assertions.assertThat(SettingsFile.load(good).sync()).isNotNull();
    }

    @Test
    void aRulesFileWithSegmentsListsAndWeightsPasses() throws IOException {
        Path rules = file("tiersync:\n  segmentation:\n    tiers:\n      method: weighted\n      weighted:\n        weights:\n"
                + "          value: 0.5\n          growth: 0.3\n          recency: 0.2\n    industries:\n      Tech: [Software]\n");
        try {
            RulesFile.load(rules);
        } catch (IllegalArgumentException e) {
            org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("is not a setting");
        }
    }

    private Path file(String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "file", ".yml"), yaml);
    }
}
