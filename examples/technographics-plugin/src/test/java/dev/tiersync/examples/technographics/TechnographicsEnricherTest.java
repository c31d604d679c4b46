package dev.tiersync.examples.technographics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Attributes;
import dev.tiersync.plugin.api.Firmographics;
import dev.tiersync.plugin.api.Metrics;
import dev.tiersync.plugin.api.PluginContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechnographicsEnricherTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

    @TempDir
    Path dir;

    @Test
    void anAccountGetsItsTechnologiesPerCategoryWithTheirCountAndLastSighting() throws IOException {
        TechnographicsEnricher enricher = enricher(Map.of());

        Attributes attributes = enricher.enrich(account("0015g00000AbCdEFGH", null));

        assertThat(attributes.texts("technographics.technologies")).containsExactly("AWS", "HubSpot", "Marketo");
        assertThat(attributes.texts("technographics.crm")).containsExactly("HubSpot");
        assertThat(attributes.texts("technographics.cloud")).containsExactly("AWS");
        assertThat(attributes.texts("technographics.marketing-automation")).containsExactly("Marketo");
        assertThat(attributes.number("technographics.count")).hasValue(3);
        assertThat(attributes.texts("technographics.last-seen")).containsExactly("2025-03-14");
    }

    @Test
    void anAccountIsFoundByItsWebsitesDomainToo() throws IOException {
        Attributes attributes = enricher(Map.of()).enrich(account("001000000000000AAA", "https://www.globex.example/"));

        assertThat(attributes.texts("technographics.cloud")).containsExactly("Azure");
    }

    @Test
    void anAccountTheFileDoesNotKnowGetsNoAttributes() throws IOException {
        assertThat(enricher(Map.of()).enrich(account("001000000000000AAA", null))).isEqualTo(Attributes.none());
    }

    @Test
    void onlySightingsKnownOnTheAsOfDateCountAndMaxAgeDropsOldOnes() throws IOException {
        TechnographicsEnricher recentOnly = enricher(Map.of("max-age-days", "365"));

        Attributes attributes = recentOnly.enrich(account("0015g00000AbCdEFGH", null));

        assertThat(attributes.texts("technographics.technologies")).as("Marketo was seen 2023-06-30, AWS 2024-11-02, "
                + "HubSpot 2025-03-14; Salesforce not until 2025-05-01").containsExactly("AWS", "HubSpot");
        assertThat(enricher(Map.of()).enrich(account("0015g00000AbCdEFGH", null)).texts("technographics.crm"))
                .doesNotContain("Salesforce");
    }

    @Test
    void aBadSettingOrABadFileStopsThePluginFromStarting() throws IOException {
        assertThatThrownBy(() -> enricher(Map.of("max-age-days", "0"))).hasMessageContaining("max-age-days must be 1 or more");
        assertThatThrownBy(() -> new TechnographicsEnricher(PluginContext.of("technographics", "technographics", Map.of())))
                .hasMessageContaining("configuration key 'file' needs a value");
        Path broken = Files.writeString(dir.resolve("broken.csv"), TechnographicsFile.HEADER + "\nnot,enough\n");
        assertThatThrownBy(() -> new TechnographicsEnricher(PluginContext.of("technographics", "technographics",
                Map.of("file", broken.toString())))).hasMessageContaining("broken.csv line 2");
    }

    private TechnographicsEnricher enricher(Map<String, String> settings) throws IOException {
        Path csv = Files.writeString(dir.resolve("tech.csv"), """
                account,technology,category,observed
                0015g00000AbCdEFGH,HubSpot,crm,2025-03-14
                0015g00000AbCdEFGH,AWS,cloud,2024-11-02
                0015g00000AbCdEFGH,Marketo,marketing-automation,2023-06-30
                0015g00000AbCdEFGH,Salesforce,crm,2025-05-01
                globex.example,Azure,cloud,2025-01-10
                """);
        Map<String, String> config = new HashMap<>(settings);
        config.put("file", csv.toString());
        return new TechnographicsEnricher(PluginContext.of("technographics", "technographics", config));
    }

    private static AccountView account(String id, String website) {
        return AccountView.builder(id, Metrics.builder(AS_OF).build())
                .firmographics(Firmographics.builder().name("Account " + id).website(website).build()).build();
    }
}
