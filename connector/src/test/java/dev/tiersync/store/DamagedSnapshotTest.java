package dev.tiersync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.salesforce.Pulled;
import dev.tiersync.sync.SnapshotUnavailableException;
import dev.tiersync.sync.SnapshotUnavailableException.Reason;
import dev.tiersync.sync.SyncCursor;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedded snapshot file that cannot be used as it is is refused saying what happened and how to rebuild it; a good one is owner-only. */
class DamagedSnapshotTest {

    private static final Instant T = Instant.parse("2025-06-01T06:00:00Z");

    @TempDir
    Path directory;

    @Test
    void anEmptyFileIsRefusedAsDamagedWithHowToRebuildItInsteadOfBecomingANewDatabase() throws IOException {
        Files.createFile(directory.resolve("snapshot.mv.db"));

        assertThatThrownBy(() -> JdbcSnapshotStore.open(StoreSettings.embedded(directory)))
                .isInstanceOfSatisfying(SnapshotUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("is empty (0 bytes)").hasMessageContaining("move the file away")
                .hasMessageContaining("full pull");
        assertThat(Files.size(directory.resolve("snapshot.mv.db"))).as("left as it was, for a look").isZero();
    }

    @Test
    void aFileCutShortIsRefusedAsDamagedNotSilentlyOpenedEmpty() throws IOException {
        filledSnapshot();
        Path file = directory.resolve("snapshot.mv.db");
        // Cut where the newest data begins, as a copy or a full disk would leave it.
        String header = new String(Files.readAllBytes(file), 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1);
        long block = Long.parseLong(header.replaceAll("(?s).*?,block:([0-9a-f]+),.*", "$1"), 16);
        try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(block * 4096 + 100);
        }

        assertThatThrownBy(() -> JdbcSnapshotStore.open(StoreSettings.embedded(directory)))
                .isInstanceOfSatisfying(SnapshotUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining(file.toString()).hasMessageContaining("full pull");
    }

    @Test
    void aGoodSnapshotOpensWithItsCursorAndItsFileIsReadableByItsOwnerOnly() throws IOException {
        filledSnapshot();

        try (JdbcSnapshotStore store = JdbcSnapshotStore.open(StoreSettings.embedded(directory))) {
            assertThat(store.cursor("00D000000000001")).isPresent();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("snapshot.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aFileLockedByAnotherProcessIsRefusedAsInUseChangingNothing() throws Exception {
        filledSnapshot();
        Path file = directory.resolve("snapshot.mv.db");
        Process holder = new ProcessBuilder("python3", "-c", "import fcntl,sys,time\n"
                + "f=open(sys.argv[1],'r+b'); fcntl.lockf(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)",
                file.toString()).redirectErrorStream(true).start();
        try {
            org.assertj.core.api.Assumptions.assumeThat(new java.io.BufferedReader(new java.io.InputStreamReader(
                    holder.getInputStream())).readLine()).as("python3 holds the file").isEqualTo("locked");

            assertThatThrownBy(() -> JdbcSnapshotStore.open(StoreSettings.embedded(directory)))
                    .isInstanceOfSatisfying(SnapshotUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE))
                    .hasMessageContaining("is in use by another process").hasMessageContaining("changed nothing");
        } finally {
            holder.destroy();
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsRefusedInOneLine() {
        assertThatThrownBy(() -> JdbcSnapshotStore.open(new StoreSettings("jdbc:h2:file:/proc/no-such-folder/snapshot", "", null)))
                .isInstanceOfSatisfying(SnapshotUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_WRITABLE))
                .hasMessageContaining("cannot create the folder /proc/no-such-folder");
    }

    @Test
    void aNewFolderForTheSnapshotIsOwnerOnly() throws IOException {
        Path fresh = directory.resolve("fresh");
        JdbcSnapshotStore.open(StoreSettings.embedded(fresh)).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    private void filledSnapshot() {
        try (JdbcSnapshotStore store = JdbcSnapshotStore.open(StoreSettings.embedded(directory))) {
            List<Pulled<dev.tiersync.domain.Account>> accounts = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                String id = String.format("001%015d", i);
                accounts.add(new Pulled<>(id, new dev.tiersync.domain.Account(id, "Account " + i + " with a name long enough",
                        null, null, null, null, null, null, null, null), T, false));
            }
            store.putAccounts("00D000000000001", 1, accounts);
            store.saveCursor("00D000000000001", new SyncCursor(T, T, 1));
        }
    }
}
