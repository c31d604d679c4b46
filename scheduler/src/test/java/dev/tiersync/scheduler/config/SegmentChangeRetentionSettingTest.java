package dev.tiersync.scheduler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiersync.sync.segment-changes.retention} in a settings file. */
class SegmentChangeRetentionSettingTest {

    @TempDir
    Path dir;

    @Test
    void aRetentionPeriodIsReadAndUnsetKeepsEveryChange() throws IOException {
        SettingsFile kept = SettingsFile.load(settings("tiersync:\n  sync:\n    segment-changes:\n      retention: P2Y\n"));
        SettingsFile unset = SettingsFile.load(settings("tiersync:\n  sync:\n    brake-share: 0.5\n"));

        assertThat(kept.sync().retention()).contains(Period.ofYears(2));
        assertThat(unset.sync().retention()).isEmpty();
    }

    @Test
    void aRetentionOfNothingIsRefusedNamingItsKey() throws IOException {
        Path file = settings("tiersync:\n  sync:\n    segment-changes:\n      retention: P0D\n");

        assertThatThrownBy(() -> SettingsFile.load(file)).hasMessageContaining("tiersync.sync.segment-changes.retention");
    }

    private Path settings(String yaml) throws IOException {
        Path file = dir.resolve("settings.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
