package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dry run says when the real run would stop at the safety brake, and a braked run has an exit code of its own. */
class BrakeOnTheCommandLineTest {

    @TempDir
    Path home;

    @Test
    void aDryRunWarnsOfTheBrakeAndTheRealRunExitsSixWritingNothing() throws IOException {
        Path strict = Files.writeString(home.resolve("strict.yml"),
                "tiersync:\n  segmentation:\n    tiers:\n      method: pareto\n      pareto:\n        a: 0.05\n        b: 0.1\n"
                        + "        c: 0.15\n");
        Map<String, String> environment = Map.of("TIERSYNC_PASSWORD", EmulatorSettings.DEFAULT_PASSWORD,
                "TIERSYNC_HOME", home.toString());
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(120, 5, LocalDate.of(2025, 6, 1))))) {
            String[] run = {"run", "--login-url", org.loginUrl(), "--username", EmulatorSettings.DEFAULT_USERNAME};
            assertThat(CliRun.of(environment, run).exitCode()).as("the first run tiers every account").isZero();

            CliRun dryRun = CliRun.of(environment, concat(run, "--rules", strict.toString(), "--dry-run"));
            int writesBefore = org.audit().size();
            CliRun braked = CliRun.of(environment, concat(run, "--rules", strict.toString()));

            assertThat(dryRun.exitCode()).isZero();
            assertThat(dryRun.out()).contains("SUCCEEDED", "WARNING: the real run would stop at the safety brake",
                    "exit code 6", "--force");
            assertThat(braked.exitCode()).isEqualTo(ExitCodes.BRAKED).isEqualTo(6);
            assertThat(braked.out()).contains("BRAKED", "safety brake");
            assertThat(org.audit()).as("nothing written by the braked run").hasSize(writesBefore);
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
