package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmulatorCommandTest {

    @Test
    void aFaultRateOutsideZeroToOneIsAUsageError() {
        CliRun run = CliRun.of(Map.of(), "emulator", "--port", "0", "--lock-failure-rate", "1.5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("lock failure rate must be between 0 and 1");
    }

    @Test
    void dataAndGenerateTogetherAreAUsageError() {
        CliRun run = CliRun.of(Map.of(), "emulator", "--data", "x", "--generate", "5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("either --data or --generate");
    }

    @Test
    void aBadDurationNamesTheOption() {
        CliRun run = CliRun.of(Map.of(), "emulator", "--session-timeout", "two hours");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--session-timeout");
    }

    @Test
    void aCertificateFileWithoutHttpsIsAUsageError() {
        CliRun run = CliRun.of(Map.of(), "emulator", "--port", "0", "--certificate-out", "org.pem");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--certificate-out and --keystore need --https");
    }
}
