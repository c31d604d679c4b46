package dev.tiersync.emulator.data;

import dev.tiersync.emulator.store.SalesforceIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.tiersync.emulator.junit.Prerequisites.require;

import dev.tiersync.emulator.OrgData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgDataTest {

    private static final Path SHARED = Path.of("..", "..", "shared", "datasets", "crm-sales-opportunities", "salesforce");
    private static final LocalDate ANCHOR = LocalDate.of(2025, 1, 1);

    @Test
    void theSharedCrmExportLoadsEveryAccountAndOpportunity() {
        require(Files.isDirectory(SHARED), "../shared is not beside the project: " + SHARED.toAbsolutePath());

        OrgData data = OrgData.fromCsvFolder(SHARED);

        assertThat(data.count("Account")).isEqualTo(85);
        assertThat(data.count("Opportunity")).isEqualTo(8_800);
        assertThat(data.count("User")).isEqualTo(41);
        assertThat(data.records().get("Opportunity").stream().filter(o -> o.get("AccountId") == null)).hasSize(1_425);
    }

    @Test
    void aFolderWithoutOpportunitiesSaysWhichFileIsMissing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Account.csv"), "Id,Name\n001000000000001AAA,Acme\n");

        assertThatThrownBy(() -> OrgData.fromCsvFolder(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no Opportunity.csv");
    }

    @Test
    void aDuplicateIdNamesBothLines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Account.csv"), "Id,Name\n001000000000001AAA,Acme\n001000000000001AAA,Again\n");
        Files.writeString(dir.resolve("Opportunity.csv"), "Id,AccountId\n");

        assertThatThrownBy(() -> OrgData.fromCsvFolder(dir))
                .hasMessageContaining("Account.csv line 3: duplicate Id 001000000000001AAA (first on line 2)");
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Account.csv"), "Id,Name\n001000000000001AAA,Acme,extra\n");
        Files.writeString(dir.resolve("Opportunity.csv"), "Id,AccountId\n");

        assertThatThrownBy(() -> OrgData.fromCsvFolder(dir)).hasMessageContaining("3 columns where the header has 2");
    }

    @Test
    void theGeneratorIsDeterministicForASeedAndAnchor() {
        Map<String, ?> first = OrgData.generate(200, 42, ANCHOR).records();
        Map<String, ?> again = OrgData.generate(200, 42, ANCHOR).records();
        Map<String, ?> otherSeed = OrgData.generate(200, 43, ANCHOR).records();

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void generatedOrgsHaveProspectsCustomersAndConsistentStages() {
        OrgData data = OrgData.generate(500, 1, ANCHOR);

        assertThat(data.count("Account")).isEqualTo(500);
        assertThat(data.records().get("Account")).anySatisfy(a -> assertThat(a.get("Type")).isEqualTo("Prospect"));
        assertThat(data.records().get("Opportunity")).allSatisfy(o -> {
            assertThat(o.get("IsWon")).isEqualTo(String.valueOf(o.get("StageName").equals("Closed Won")));
            assertThat(o.get("IsClosed")).isEqualTo(String.valueOf(o.get("StageName").startsWith("Closed")));
            if (o.get("IsClosed").equals("true")) {
                assertThat(LocalDate.parse(o.get("CloseDate"))).isBefore(ANCHOR);
            }
        });
    }

    @Test
    void anExportedOrgLoadsBackWithEveryValue(@TempDir Path dir) {
        OrgData generated = OrgData.generate(40, 9, ANCHOR);
        try (dev.tiersync.emulator.EmulatedOrg org = dev.tiersync.emulator.EmulatedOrg.start(
                dev.tiersync.emulator.EmulatorSettings.of(generated))) {
            org.store().put("Account", org.store().records("Account").get(0).id(), "Name", "Comma, \"Quotes\" & Co");
            org.exportCsv(dir);

            try (dev.tiersync.emulator.EmulatedOrg copy = dev.tiersync.emulator.EmulatedOrg.start(
                    dev.tiersync.emulator.EmulatorSettings.of(OrgData.fromCsvFolder(dir)))) {
                assertThat(copy.store().records("Account")).isEqualTo(org.store().records("Account"));
                assertThat(copy.store().records("Opportunity")).isEqualTo(org.store().records("Opportunity"));
            }
        }
    }

    @Test
    void idsCarryACorrectCaseSafeChecksum() {
        assertThat(SalesforceIds.withChecksum("001A0000006Vm9r")).isEqualTo("001A0000006Vm9rIAC");
        assertThat(SalesforceIds.of("001", "5g0000", 1)).hasSize(18).startsWith("0015g0000");
    }
}
