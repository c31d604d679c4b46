package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import dev.tiersync.sync.OrgBusyException;
import dev.tiersync.sync.OrgLock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run of an org that another run holds ends at once with who holds it and since when, its own exit code, and nothing of the other disturbed. */
class OrgBusyRunTest {

    @TempDir
    Path home;

    @Test
    void aSecondRunOfAnOrgBeingSyncedEndsAtOnceWithTheHolderAndExitCodeFive() {
        String url = "jdbc:h2:file:" + home.resolve("shared");
        Instant since = Instant.parse("2025-06-01T05:55:00Z");
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(40, 5, LocalDate.of(2025, 6, 1))));
             JdbcSnapshotStore first = JdbcSnapshotStore.open(new StoreSettings(url, "", null));
             OrgLock held = first.lock(org.orgId(), "default", "process 4242 on node-a", since)) {

            CliRun second = CliRun.of(Map.of("TIERSYNC_PASSWORD", EmulatorSettings.DEFAULT_PASSWORD), "run",
                    "--login-url", org.loginUrl(), "--username", EmulatorSettings.DEFAULT_USERNAME, "--snapshot-db", url);

            assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.ORG_BUSY).isEqualTo(5);
            assertThat(second.out()).contains("SKIPPED",
                    "org default is being synced by process 4242 on node-a since 2025-06-01T05:55:00Z");
            assertThat(second.out() + second.err()).doesNotContain("duplicate key").doesNotContain("\tat ");
            assertThat(org.calls().total()).as("a login and its logout, nothing pulled or written").isLessThanOrEqualTo(2);
            assertThatThrownBy(() -> first.lock(org.orgId(), "default", "third", since))
                    .as("the first run still holds the org").isInstanceOf(OrgBusyException.class);
        }
    }
}
