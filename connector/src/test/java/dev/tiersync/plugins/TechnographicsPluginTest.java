package dev.tiersync.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.metrics.MetricsCalculator;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Attributes;
import dev.tiersync.plugins.internal.AccountViews;
import dev.tiersync.testdata.ExamplePlugin;
import dev.tiersync.testdata.OrgHistories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin as TierSync loads it from its jar: its enricher gives a generated org's accounts the
 * technologies of a technographics file, and its condition, configured by a rule, picks the accounts on a
 * competitor's CRM or on AWS.
 */
class TechnographicsPluginTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    @TempDir
    Path dir;

    List<AccountView> accounts;
    Path plugins;
    Path csv;

    @BeforeEach
    void generatedOrgAndATechnographicsFile() throws IOException {
        List<AccountHistory> org = OrgHistories.of(OrgData.generate(60, 5, AS_OF)).histories();
        accounts = org.stream().map(h -> AccountViews.of(new AccountProfile(h.account(), "Technology", SizeBand.SMALL,
                Region.NORTH_AMERICA, MetricsCalculator.of(h.opportunities(), AS_OF)))).toList();
        List<String> lines = new ArrayList<>(List.of("# provider export", "account,technology,category,observed"));
        IntStream.range(0, 60).forEach(i -> {
            String id = accounts.get(i).id();
            if (i % 3 == 0) {
                lines.add(id.substring(0, 15) + ",HubSpot,crm,2024-10-0" + (1 + i % 9));
            }
            if (i % 4 == 0) {
                lines.add(id + ",AWS,cloud,2024-06-15");
            }
            if (i % 5 == 0) {
                lines.add(id + ",Salesforce,crm,2025-02-01");
            }
        });
        lines.add("001000000000000AAA,Pipedrive,crm,2024-01-01");
        plugins = Files.createDirectories(dir.resolve("plugins"));
        ExamplePlugin.copyInto(plugins);
        csv = Files.write(dir.resolve("technographics.csv"), lines);
    }

    @Test
    void accountsInTheFileGetTheirTechnologiesAsKnownOnTheAsOfDate() {
        try (PluginRegistry registry = start()) {
            PluginRun run = registry.startRun();

            List<Attributes> enriched = run.enrichAll(accounts);

            assertThat(run.failures()).isEmpty();
            assertThat(enriched.get(0).texts("technographics.technologies")).as("Salesforce is seen only after the as-of date")
                    .containsExactly("AWS", "HubSpot");
            assertThat(enriched.get(0).texts("technographics.crm")).containsExactly("HubSpot");
            assertThat(enriched.get(1)).isEqualTo(Attributes.none());
            assertThat(enriched.stream().filter(a -> !a.isEmpty())).hasSize(countOf(i -> i % 3 == 0 || i % 4 == 0));
        }
    }

    @Test
    void aRuleForACompetitorsCrmAndOneForAwsPickTheirAccountsWithAReason() {
        try (PluginRegistry registry = start()) {
            PluginCondition competitorCrm = registry.condition("uses-technology", Map.of("technology", "HubSpot, Pipedrive",
                    "category", "crm"));
            PluginCondition onAws = registry.condition("uses-technology", Map.of("technology", "AWS"));
            PluginRun run = registry.startRun();
            List<Attributes> enriched = run.enrichAll(accounts);
            List<AccountView> views = IntStream.range(0, accounts.size()).mapToObj(i -> accounts.get(i).withAttributes(enriched.get(i))).toList();

            assertThat(views.stream().filter(v -> run.test(competitorCrm, v).isMet())).hasSize(countOf(i -> i % 3 == 0));
            assertThat(views.stream().filter(v -> run.test(onAws, v).isMet())).hasSize(countOf(i -> i % 4 == 0));
            assertThat(run.test(competitorCrm, views.get(0)).reason()).contains("uses HubSpot (crm)");
            assertThat(run.test(onAws, views.get(4)).reason()).contains("uses AWS");
            assertThat(run.failures()).isEmpty();
        }
    }

    @Test
    void aRuleThatMisconfiguresTheConditionIsToldWhat() {
        try (PluginRegistry registry = start()) {
            assertThatThrownBy(() -> registry.condition("uses-technology", Map.of())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("segment condition 'uses-technology' (plugin technographics): contribution 'uses-technology' did not "
                            + "start: IllegalArgumentException: technographics/uses-technology: give a technology (such as AWS), a "
                            + "category (such as crm), or both");
            assertThatThrownBy(() -> registry.condition("uses-technology", Map.of("tech", "AWS")))
                    .hasMessage("segment condition 'uses-technology' has no setting 'tech'; its settings are category, technology");
            assertThatThrownBy(() -> registry.condition("uses-technologies", Map.of("technology", "AWS")))
                    .hasMessage("no plugin contributes the segment condition 'uses-technologies'; the conditions are uses-technology");
        }
    }

    private PluginRegistry start() {
        return PluginHost.create(PluginHostTest.CLOCK).start(plugins,
                PluginSettings.of(Map.of("technographics", Map.of("file", csv.toString()))));
    }

    private static int countOf(java.util.function.IntPredicate which) {
        return (int) IntStream.range(0, 60).filter(which).count();
    }
}
