package dev.tiersync.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.EmulatorTls;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.salesforce.wsc.WscTrust;
import dev.tiersync.sync.InMemorySnapshotStore;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.SyncStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An org seeded from a folder in Data Loader's export format (a UTF-8 byte-order mark, quoted
 * upper-case headers, every standard column) syncs over HTTPS as one seeded from plain CSV does.
 */
class DataLoaderExportSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @TempDir
    Path dir;

    @Test
    void aDataLoaderStyleExportSeedsAnOrgThatSyncs() throws IOException {
        Path plain = dir.resolve("plain");
        Path dataLoader = dir.resolve("dataloader");
        try (EmulatedOrg source = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(120, 11, AS_OF)))) {
            source.exportCsv(plain);
        }
        asDataLoaderWritesIt(plain.resolve("Account.csv"), dataLoader.resolve("Account.csv"));
        asDataLoaderWritesIt(plain.resolve("Opportunity.csv"), dataLoader.resolve("Opportunity.csv"));
        Path pem = dir.resolve("org.pem");

        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(OrgData.fromCsvFolder(dataLoader))
                .withHttps(EmulatorTls.selfSigned().writingCertificateTo(pem)))) {
            SyncReport report = SyncHarness.job(SyncHarness.connector(WscSettings.defaults().withTrust(WscTrust.certificateFile(pem))),
                    Clock.systemUTC(), SyncSettings.defaults(), new InMemorySnapshotStore())
                    .run(SyncHarness.credentials(org), new SyncRequest(AS_OF, false));

            assertThat(Files.readString(dataLoader.resolve("Account.csv"))).startsWith("\uFEFF\"ID\",");
            assertThat(header(dataLoader.resolve("Account.csv"))).contains("\"RATING\"", "\"OWNERSHIP\"", "\"SIC\"", "\"WEBSITE\"",
                    "\"ACCOUNTSOURCE\"", "\"DESCRIPTION\"");
            assertThat(report.status()).as(String.valueOf(report.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(report.assessed().accounts()).isEqualTo(120);
            assertThat(report.writes().accounts()).isEqualTo(120);
        }
    }

    /** Data Loader's extract: BOM, every header upper-cased and quoted, values as they were. */
    private static void asDataLoaderWritesIt(Path from, Path to) throws IOException {
        List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8);
        String header = Arrays.stream(lines.get(0).split(",")).map(h -> "\"" + h.toUpperCase(Locale.ROOT) + "\"")
                .collect(Collectors.joining(","));
        Files.createDirectories(to.getParent());
        Files.writeString(to, "\uFEFF" + header + "\n" + String.join("\n", lines.subList(1, lines.size())) + "\n", StandardCharsets.UTF_8);
    }

    private static String header(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    }
}
