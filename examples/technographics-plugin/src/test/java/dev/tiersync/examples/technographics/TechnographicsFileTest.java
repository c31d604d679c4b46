package dev.tiersync.examples.technographics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechnographicsFileTest {

    @Test
    void readsSightingsByIdAndByDomainSkippingCommentsAndBlankLines(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("tech.csv"), """
                \uFEFF# exported 2025-04-01 from a technographics provider

                Account, Technology, Category, Observed
                0015g00000AbCdEFGH,HubSpot,CRM,2025-03-14
                 0015g00000AbCdEFGH , AWS , cloud , 2024-11-02
                www.Example.com,Snowflake,data-warehouse,2025-01-20
                """);

        TechnographicsFile file = TechnographicsFile.read(csv);

        assertThat(file.sightings("0015g00000AbCdEFGH", null)).containsExactlyInAnyOrder(
                new Sighting("HubSpot", "crm", LocalDate.of(2025, 3, 14)),
                new Sighting("AWS", "cloud", LocalDate.of(2024, 11, 2)));
        assertThat(file.sightings("001000000000000AAA", "https://example.com/en"))
                .containsExactly(new Sighting("Snowflake", "data-warehouse", LocalDate.of(2025, 1, 20)));
        assertThat(file.sightings("001000000000000AAA", null)).isEmpty();
    }

    @Test
    void aFifteenCharacterIdFindsTheEighteenCharacterAccountAndTheOtherWayRound() {
        TechnographicsFile file = TechnographicsFile.parse("t.csv", List.of(TechnographicsFile.HEADER,
                "0015g00000AbCdE,HubSpot,crm,2025-03-14", "0015g00000XyZwVUVW,AWS,cloud,2025-03-14"));

        assertThat(file.sightings("0015g00000AbCdEFGH", null)).extracting(Sighting::technology).containsExactly("HubSpot");
        assertThat(file.sightings("0015g00000XyZwV", null)).extracting(Sighting::technology).containsExactly("AWS");
        assertThat(file.sightings("0015g00000abcdeFGH", null)).as("Ids are case-sensitive").isEmpty();
    }

    @Test
    void aTechnologySeenTwiceKeepsItsLatestSightingAndIdAndDomainDoNotDoubleIt() {
        TechnographicsFile file = TechnographicsFile.parse("t.csv", List.of(TechnographicsFile.HEADER,
                "0015g00000AbCdEFGH,HubSpot,crm,2023-01-01",
                "0015g00000AbCdEFGH,hubspot,crm,2025-02-01",
                "0015g00000AbCdEFGH,HubSpot,crm,2024-06-01",
                "acme.io,HUBSPOT,crm,2025-03-01"));

        assertThat(file.sightings("0015g00000AbCdEFGH", "acme.io"))
                .containsExactly(new Sighting("hubspot", "crm", LocalDate.of(2025, 2, 1)));
    }

    @Test
    void aSightingAfterTheWindowDoesNotHideAnEarlierOneInIt() {
        TechnographicsFile file = TechnographicsFile.parse("t.csv", List.of(TechnographicsFile.HEADER,
                "0015g00000AbCdEFGH,HubSpot,crm,2025-02-01",
                "0015g00000AbCdEFGH,HubSpot,crm,2025-09-01",
                "acme.io,AWS,cloud,2025-08-01"));

        assertThat(file.sightings("0015g00000AbCdEFGH", "acme.io", LocalDate.MIN, LocalDate.of(2025, 6, 1)))
                .as("as of June, HubSpot was last seen in February, and AWS not yet")
                .containsExactly(new Sighting("HubSpot", "crm", LocalDate.of(2025, 2, 1)));
        assertThat(file.sightings("0015g00000AbCdEFGH", "acme.io", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1))).isEmpty();
    }

    @Test
    void aWrongLineNamesTheFileTheLineAndWhatToFix() {
        assertThatThrownBy(() -> parse("0015g00000AbCdEFGH,HubSpot,crm"))
                .hasMessage("t.csv line 2: needs 4 values (account,technology,category,observed), has 3");
        assertThatThrownBy(() -> parse("0015g00000AbCdEFGH,HubSpot,crm,14/03/2025"))
                .hasMessageStartingWith("t.csv line 2: observed '14/03/2025' must be a date such as 2025-03-14");
        assertThatThrownBy(() -> parse("Acme Corp,HubSpot,crm,2025-03-14"))
                .hasMessageContaining("line 2: account 'Acme Corp' is neither a Salesforce Id");
        assertThatThrownBy(() -> parse("0015g00000AbCdEFGH,\"HubSpot, Inc\",crm,2025-03-14"))
                .hasMessageContaining("line 2: quotes are not allowed");
        assertThatThrownBy(() -> parse("0015g00000AbCdEFGH,HubSpot,customer relationship,2025-03-14"))
                .hasMessageContaining("line 2: category 'customer relationship' must be lower case");
        assertThatThrownBy(() -> parse("0015g00000AbCdEFGH,HubSpot,count,2025-03-14"))
                .hasMessageContaining("not one of [count, last-seen, technologies]");
    }

    @Test
    void theHeaderComesFirstAndAnEmptyFileIsRefused() {
        assertThatThrownBy(() -> TechnographicsFile.parse("t.csv", List.of("0015g00000AbCdEFGH,HubSpot,crm,2025-03-14")))
                .hasMessage("t.csv line 1: the first line must be the header account,technology,category,observed");
        assertThatThrownBy(() -> TechnographicsFile.parse("t.csv", List.of("# nothing yet", "")))
                .hasMessageContaining("t.csv: the file is empty");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> TechnographicsFile.read(dir.resolve("nope.csv")))
                .hasMessageContaining("technographics file").hasMessageContaining("nope.csv cannot be read");
    }

    @Test
    void aWebsiteIsReducedToItsDomain() {
        assertThat(TechnographicsFile.domainOf("https://www.Example.com:8443/en?x=1")).isEqualTo("example.com");
        assertThat(TechnographicsFile.domainOf("shop.example.co.uk")).isEqualTo("shop.example.co.uk");
        assertThat(TechnographicsFile.domainOf(" ")).isNull();
    }

    private static TechnographicsFile parse(String line) {
        return TechnographicsFile.parse("t.csv", List.of(TechnographicsFile.HEADER, line));
    }
}
