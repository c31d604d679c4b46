package dev.tiersync.scheduler.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.fields.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report types, starter reports and the TierSync overview dashboard the generator writes. */
class AnalyticsMetadataTest {

    private static final String ROOT = MetadataProject.DEFAULT;
    private final Map<String, String> files = MetadataProject.of(SegmentationConfig.defaults()).files();

    @Test
    void theAccountsReportTypeOffersEveryTierSyncFieldOfTheCatalog() {
        String type = files.get(ROOT + "reportTypes/TierSync_Accounts.reportType-meta.xml");

        assertThat(type).contains("<baseObject>Account</baseObject>", "<label>Accounts with TierSync fields</label>")
                .doesNotContain("<join>");
        for (Field<?> field : AccountFields.ALL.all()) {
            if (field.isCustom()) {
                assertThat(type).as(field.apiName()).contains("<field>" + field.apiName() + "</field>");
            }
        }
    }

    @Test
    void theSegmentChangesReportTypeJoinsTheChangesByTheirRelationship() {
        String type = files.get(ROOT + "reportTypes/TierSync_Accounts_With_Segment_Changes.reportType-meta.xml");

        assertThat(type).contains("<relationship>Segment_Changes__r</relationship>", "<outerJoin>false</outerJoin>",
                "<table>Account.Segment_Changes__r</table>", "<field>To_Tier__c</field>", "<field>Changed_On__c</field>");
    }

    @Test
    void theStarterReportsFilterWhatTheirNamesSay() {
        String upsell = report("TierSync_Tier_A_Upsell_Candidates");
        String churn = report("TierSync_Churn_Risk_High_By_Owner");
        String changes = report("TierSync_Tier_Changes_Last_30_Days");
        String sizes = report("TierSync_Segment_Sizes");

        assertThat(upsell).contains("<column>Account$Tier__c</column>", "<value>A</value>",
                "<column>Account$Upsell_Candidate__c</column>", "<format>Tabular</format>",
                "<reportType>TierSync_Accounts__c</reportType>");
        assertThat(churn).contains("<value>High</value>", "<field>Account$Owner</field>", "<format>Summary</format>");
        assertThat(changes).contains("<reportType>TierSync_Accounts_With_Segment_Changes__c</reportType>",
                "<dateColumn>Account.Segment_Changes__r$Changed_On__c</dateColumn>", "<interval>INTERVAL_LAST30</interval>");
        assertThat(sizes).contains("<groupingsDown>", "<field>Account$Segment__c</field>").doesNotContain("<filter>");
    }

    @Test
    void theStrongFitReportWaitsForTheFitModelsFieldInTheCatalog() {
        boolean fitInCatalog = AccountFields.ALL.find(Reports.FIT_TIER).isPresent();

        assertThat(files.containsKey(ROOT + "reports/TierSync/TierSync_Prospects_With_Strong_Fit.report-meta.xml"))
                .isEqualTo(fitInCatalog);
    }

    @Test
    void theOverviewDashboardShowsEveryStarterReportOfItsFolder() {
        String dashboard = files.get(ROOT + "dashboards/TierSync/TierSync_Overview.dashboard-meta.xml");

        assertThat(dashboard).contains("<title>TierSync overview</title>", "<isGridLayout>true</isGridLayout>");
        files.keySet().stream().filter(name -> name.startsWith(ROOT + "reports/TierSync/"))
                .map(name -> name.substring((ROOT + "reports/").length(), name.length() - ".report-meta.xml".length()))
                .forEach(report -> assertThat(dashboard).contains("<report>" + report + "</report>"));
        assertThat(files).containsKeys(ROOT + "reports/TierSync.reportFolder-meta.xml",
                ROOT + "dashboards/TierSync.dashboardFolder-meta.xml");
    }

    private String report(String name) {
        String report = files.get(ROOT + "reports/TierSync/" + name + ".report-meta.xml");
        assertThat(report).as(name).isNotNull();
        return report;
    }
}
