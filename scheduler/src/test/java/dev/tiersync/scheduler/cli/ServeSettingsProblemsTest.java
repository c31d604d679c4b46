package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code serve} with a setting to fix stops with that one line, naming the key, and the usage exit code; the console
 * (the log) carries no warning of Spring's repeating it, and no stack frames.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServeSettingsProblemsTest {

    private static final List<String> GOOD = List.of("serve", "--server.port=0",
            "--tiersync.org.login-url=http://127.0.0.1:9", "--tiersync.org.username=u", "--tiersync.org.password=p");

    @Test
    void aMistypedKeyIsRefusedWithTheNearestValidKey() {
        CliRun run = serve("--tiersync.schedul.cron=0 0 3 * * ?");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("tiersync.schedul.cron is not a setting: did you mean tiersync.schedule?");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aBadZoneNamesTheKeyAndWhatAZoneLooksLike() {
        CliRun run = serve("--tiersync.schedule.time-zone=Mars/Olympus");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("tiersync.schedule.time-zone 'Mars/Olympus' is not a time zone, such as UTC");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingOrgPasswordNamesTheVariableToSet() {
        List<String> arguments = new ArrayList<>(GOOD.subList(0, 4));
        CliRun run = CliRun.of(Map.of(), arguments.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("tiersync.org.password is missing: set the environment variable");
    }

    @Test
    void anUnknownRoleNamesTheKeyAndTheRoles() {
        CliRun run = serve("--tiersync.security.users[0].name=ada", "--tiersync.security.users[0].password={noop}x",
                "--tiersync.security.users[0].role=BOSS");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("tiersync.security.users[0].role 'BOSS' is not one of admin, viewer");
    }

    @Test
    void aMalformedBcryptHashIsRefusedAtStartUpNamingTheKey() {
        CliRun run = serve("--tiersync.security.users[0].name=ada", "--tiersync.security.users[0].password={bcrypt}not-a-hash",
                "--tiersync.security.users[0].role=ADMIN");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("tiersync.security.users[0].password is not a well-formed bcrypt hash")
                .doesNotContain("not-a-hash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--tiersync.schedule.time-zone=Mars/Olympus", "--tiersync.schedul.cron=0 0 3 * * ?",
            "--tiersync.security.login-throttle.max-failures=0"})
    void aSettingToFixLeavesNoSpringWarningAndNoStackFramesOnTheConsole(String setting, CapturedOutput console) {
        CliRun run = serve(setting);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("tiersync serve: tiersync.");
        assertThat(console.getAll()).doesNotContain("Exception encountered during context initialization")
                .doesNotContain("cancelling refresh attempt").doesNotContain("\tat ");
        assertThat(console.getAll().lines().filter(line -> line.contains("WARN ") && line.contains(" o.s.")))
                .as("warnings of Spring's").isEmpty();
    }

    @Test
    void anUnexpectedFailureIsStillReportedOnTheConsoleAndReferredToByTierSyncsLine(CapturedOutput console) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> arguments = new ArrayList<>(GOOD);
            arguments.set(1, "--server.port=" + taken.getLocalPort());

            CliRun run = CliRun.of(Map.of(), arguments.toArray(String[]::new));

            assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err()).contains("tiersync serve: the application did not start; the reason is above");
            assertThat(console.getAll()).contains("APPLICATION FAILED TO START")
                    .contains("Port " + taken.getLocalPort() + " was already in use");
        }
    }

    private static CliRun serve(String... settings) {
        List<String> arguments = new ArrayList<>(GOOD);
        arguments.addAll(List.of(settings));
        return CliRun.of(Map.of(), arguments.toArray(String[]::new));
    }
}
