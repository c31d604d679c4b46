package dev.tiersync.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.RestrictedPicklists;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.segments.NamedCondition;
import dev.tiersync.domain.segments.SegmentDefinition;
import dev.tiersync.domain.segments.SegmentRules;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.plugins.PluginHost;
import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.plugins.PluginSettings;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncStatus;
import dev.tiersync.testdata.ExamplePlugin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's example end to end: a sync of the generated org, through force-wsc against the emulated org,
 * with the technographics plugin loaded from its jar and a technographics file that knows some accounts by
 * Id (15 and 18 characters) and some by their website's domain. The accounts on a competitor's CRM, and those
 * on AWS, land in the rules' technographic segments with the criterion in their reasons, as read back from
 * the org; every other account gets what a sync without the plugin writes.
 */
class TechnographicsSyncTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static final Instant NOW = Instant.parse("2025-06-01T06:00:00Z");
    static final int ACCOUNTS = 400;
    static final NamedCondition COMPETITOR_CRM = new NamedCondition("uses-technology",
            Map.of("technology", "HubSpot, Pipedrive", "category", "crm"));
    static final NamedCondition ON_AWS = new NamedCondition("uses-technology", Map.of("technology", "AWS"));

    /**
     * The default rules with no fit: the enrichment is a trait the fit learns from too (FitInTheEngineTest), which would
     * move other accounts' fit; kept out here, every account outside the plugin's segments can be compared with a run
     * without plugins.
     */
    static final SegmentationConfig WITHOUT_FIT = SegmentationConfig.defaults().withFit(FitConfig.builder()
            .minCustomers(Integer.MAX_VALUE).trainingSample(Integer.MAX_VALUE).build());

    @TempDir
    Path dir;

    @Test
    void accountsOnACompetitorsCrmOrOnAwsLandInTheTechnographicSegmentsWithTheCriterionInTheirReasons() throws IOException {
        OrgData data = OrgData.generate(ACCOUNTS, 31, AS_OF);
        List<String> ids = data.records().get("Account").stream().map(row -> row.get("Id")).toList();
        SegmentationConfig rules = withTechnographicSegments(WITHOUT_FIT);
        Map<String, String> websites = new HashMap<>();
        List<String> file = new ArrayList<>(List.of("# technographics provider export, 2025-05-30", "account,technology,category,observed"));
        Set<String> competitorCrm = new TreeSet<>();
        Set<String> onAws = new TreeSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (i % 5 == 0) {
                websites.put(id, "https://www.firm" + i + ".example/about");
            }
            if (i % 7 == 0) {
                file.add(id.substring(0, 15) + ",HubSpot,crm,2025-03-0" + (1 + i % 9));
                competitorCrm.add(id);
            }
            if (i % 13 == 0) {
                file.add(id + ",Salesforce,crm,2024-11-20");
            }
            if (i % 10 == 0) {
                file.add("firm" + i + ".example,Pipedrive,crm,2025-01-15");
                competitorCrm.add(id);
            } else if (i % 5 == 0) {
                file.add("www.firm" + i + ".example,AWS,cloud,2024-12-01");
                onAws.add(id);
            }
            if (i % 11 == 0) {
                file.add(id + ",HubSpot,crm,2025-09-01");
            }
        }
        onAws.removeAll(competitorCrm);
        Path csv = Files.write(dir.resolve("technographics.csv"), file);
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        ExamplePlugin.copyInto(plugins);

        Map<String, StoredRecord> plain = syncedWithoutPlugins(data, websites);
        try (EmulatedOrg org = startOrg(data, websites, rules);
             PluginRegistry registry = PluginHost.create(Clock.fixed(NOW, ZoneOffset.UTC))
                     .start(plugins, PluginSettings.of(Map.of("technographics", Map.of("file", csv.toString()))))) {
            SyncReport report = runtime(registry).job(rules).run(SyncHarness.credentials(org), new SyncRequest(AS_OF, false));

            assertThat(report.status()).as(String.valueOf(report.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
            assertThat(report.plugins().disabled()).isEmpty();
            assertThat(report.findings().segments()).containsEntry("Competitor CRM", competitorCrm.size())
                    .containsEntry("Runs on AWS", onAws.size());
            assertThat(competitorCrm).hasSizeGreaterThan(60);
            assertThat(onAws).hasSizeGreaterThan(20);
            for (StoredRecord account : org.store().records("Account")) {
                String segment = account.get("Segment__c");
                String reasons = account.get("Segment_Reasons__c");
                assertThat(reasons).as(account.id()).hasSizeLessThanOrEqualTo(255);
                if (competitorCrm.contains(account.id())) {
                    assertThat(segment).as(account.id()).isEqualTo("Competitor CRM");
                    assertThat(reasons).as(account.id()).containsPattern("\\. Competitor CRM: uses (HubSpot|Pipedrive)( ?, "
                            + "(HubSpot|Pipedrive))? \\(crm\\)\\.");
                } else if (onAws.contains(account.id())) {
                    assertThat(segment).as(account.id()).isEqualTo("Runs on AWS");
                    assertThat(reasons).as(account.id()).contains(". Runs on AWS: uses AWS.");
                } else {
                    StoredRecord without = plain.get(account.id());
                    assertThat(segment).as(account.id()).isEqualTo(without.get("Segment__c"));
                    assertThat(reasons).as(account.id()).isEqualTo(without.get("Segment_Reasons__c"));
                }
            }
            assertThat(reasons(org, ids.get(0))).as("by Id and by domain").contains("Competitor CRM: uses HubSpot, Pipedrive (crm).");
            assertThat(reasons(org, ids.get(7))).as("by the 15-character Id").contains("Competitor CRM: uses HubSpot (crm).");
            assertThat(reasons(org, ids.get(10))).as("by the website's domain").contains("Competitor CRM: uses Pipedrive (crm).");
            assertThat(reasons(org, ids.get(77))).as("seen again after the as-of date, which does not hide March")
                    .contains("Competitor CRM: uses HubSpot (crm).");
            assertThat(org.store().find(ids.get(11)).orElseThrow().get("Segment__c")).as("seen only after the as-of date")
                    .isNotEqualTo("Competitor CRM");
        }
    }

    private static String reasons(EmulatedOrg org, String id) {
        return org.store().find(id).orElseThrow().get("Segment_Reasons__c");
    }

    /** The default segments behind two technographic ones. */
    private static SegmentationConfig withTechnographicSegments(SegmentationConfig d) {
        List<SegmentDefinition> segments = new ArrayList<>(List.of(
                new SegmentDefinition("Competitor CRM", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, List.of(COMPETITOR_CRM)),
                new SegmentDefinition("Runs on AWS", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, List.of(ON_AWS))));
        segments.addAll(d.segments().segments());
        return new SegmentationConfig(d.industries(), d.sizeBands(), d.value(), d.tiers(), d.churn(), d.upsell(),
                new SegmentRules(segments), d.fit());
    }

    /** The same org synced with the default rules and no plugin: what every other account must get. */
    private Map<String, StoredRecord> syncedWithoutPlugins(OrgData data, Map<String, String> websites) {
        try (EmulatedOrg org = startOrg(data, websites, WITHOUT_FIT)) {
            SyncReport report = runtime(null).job(WITHOUT_FIT).run(SyncHarness.credentials(org),
                    new SyncRequest(AS_OF, false));
            assertThat(report.status()).isEqualTo(SyncStatus.SUCCEEDED);
            return org.store().records("Account").stream().collect(Collectors.toMap(StoredRecord::id, Function.identity()));
        }
    }

    /** The org, with Segment__c deployed for the rules and the websites its users filled in. */
    private static EmulatedOrg startOrg(OrgData data, Map<String, String> websites, SegmentationConfig rules) {
        EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(data).withPicklistValues("Account", "Segment__c",
                RestrictedPicklists.values(AccountFields.SEGMENT, rules)));
        websites.forEach((id, website) -> org.store().put("Account", id, "Website", website));
        return org;
    }

    private static SyncRuntime runtime(PluginRegistry plugins) {
        SyncRuntime.Builder runtime = SyncRuntime.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .connector(SyncHarness.connector(WscSettings.defaults()));
        return (plugins == null ? runtime : runtime.plugins(plugins)).build();
    }
}
