package dev.tiersync.scheduler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.fit.ProfileCriterion;
import dev.tiersync.domain.fit.SchemeKind;
import dev.tiersync.domain.segments.NamedCondition;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.domain.tiering.TierMethodName;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

class SegmentationPropertiesTest {

    @Test
    void noConfigurationGivesTheShippedDefaults() {
        SegmentationConfig config = bind(Map.of()).toConfig();

        assertThat(config).isEqualTo(SegmentationConfig.defaults());
    }

    @Test
    void aYamlFileOverridesOnlyWhatItNames() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("custom", new ClassPathResource("segmentation-custom.yml"));
        SegmentationConfig config = new Binder(ConfigurationPropertySources.from(yaml))
                .bind("tiersync.segmentation", SegmentationProperties.class).get().toConfig();

        assertThat(config.industries().industries()).containsOnlyKeys("Hardware", "Health");
        assertThat(config.sizeBands().midMarketEmployees()).isEqualTo(50);
        assertThat(config.sizeBands().midMarketRevenue()).isEqualTo(SegmentationConfig.defaults().sizeBands().midMarketRevenue());
        assertThat(config.tiers().method()).isEqualTo(TierMethodName.PARETO);
        assertThat(config.tiers().pareto().a()).isEqualTo(0.6);
        assertThat(config.tiers().newCustomerDays()).isEqualTo(60);
        assertThat(config.churn().disengagedDays()).isEqualTo(400);
        assertThat(config.churn().stoppedMinDays()).isEqualTo(180);
        assertThat(config.segments().segments()).extracting(s -> s.name()).containsExactly("Key Accounts", "Watch List", "Everyone Else");
    }

    @Test
    void theExampleRulesInTheReadmeAreValid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        int start = readme.indexOf("```yaml\ntiersync:\n  segmentation:");
        String yaml = readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 7));
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("rules.yml"), yaml);

        SegmentationConfig config = RulesFile.load(file);

        assertThat(config.segments().segments()).extracting(s -> s.name()).containsExactly("Strategic Enterprise", "At Risk",
                "Cloud Buyers", "Long Tail");
        assertThat(config.segments().segments().get(2).orgFields()).containsExactly(
                dev.tiersync.domain.segments.OrgFieldCondition.of("Primary_Need__c", "Cloud", "Hosting"),
                dev.tiersync.domain.segments.OrgFieldCondition.of("Rating", "Hot", "Warm"));
        assertThat(config.tiers().weighted().weights()).hasSize(5);
        assertThat(config.upsell()).isEqualTo(SegmentationConfig.defaults().upsell());
    }

    @Test
    void theFitExampleInTheReadmeIsValid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        int start = readme.indexOf("```yaml\ntiersync:\n  segmentation:\n    fit:");
        String yaml = readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 7));
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("rules.yml"), yaml);

        SegmentationConfig config = RulesFile.load(file);

        assertThat(config.fit().profile()).hasSize(3);
        assertThat(config.fit().scheme()).isEmpty();
        assertThat(config.segments().segments().get(0).fitTiers()).containsExactlyInAnyOrder(FitTier.STRONG, FitTier.MODERATE);
    }

    @Test
    void theBehaviourRulesAndSegmentsOnThemBindFromTheirKeys() {
        SegmentationConfig config = bind(Map.of(
                "tiersync.segmentation.value.cost-per-case", "400",
                "tiersync.segmentation.value.case-priority-weights.High", "3",
                "tiersync.segmentation.engagement.high-points", "20",
                "tiersync.segmentation.decision-chain.long-from-contacts", "12",
                "tiersync.segmentation.segments[0].name", "Committee Sale",
                "tiersync.segmentation.segments[0].decision-chains", "Long",
                "tiersync.segmentation.segments[1].name", "Reach Out",
                "tiersync.segmentation.segments[1].engagements", "Low,None",
                "tiersync.segmentation.segments[2].name", "Everyone Else")).toConfig();

        assertThat(config.behaviour().costToServe().costPerCase()).isEqualTo(400);
        assertThat(config.behaviour().costToServe().priorityWeights()).containsEntry("high", 3.0);
        assertThat(config.behaviour().engagement().highPoints()).isEqualTo(20);
        assertThat(config.behaviour().engagement().mediumPoints()).isEqualTo(4);
        assertThat(config.behaviour().decisionChain().longFromContacts()).isEqualTo(12);
        assertThat(config.segments().segments().get(0).decisionChains()).containsExactly(dev.tiersync.domain.behaviour.DecisionChain.LONG);
        assertThat(config.segments().segments().get(1).engagements()).containsExactlyInAnyOrder(
                dev.tiersync.domain.behaviour.EngagementLevel.LOW, dev.tiersync.domain.behaviour.EngagementLevel.NONE);
    }

    @Test
    void aBadBehaviourSettingNamesItsKey() {
        assertThatThrownBy(() -> bind(Map.of("tiersync.segmentation.engagement.fading-share", "2")))
                .hasStackTraceContaining("tiersync.segmentation.engagement.fading-share must be between 0 and 1");
        assertThatThrownBy(() -> bind(Map.of("tiersync.segmentation.value.cost-per-case", "-5")))
                .hasStackTraceContaining("tiersync.segmentation.value.cost-per-case must be 0 or more");
    }

    @Test
    void cutOffsOutOfOrderNameTheKey() {
        assertThatThrownBy(() -> bind(Map.of("tiersync.segmentation.tiers.pareto.a", "0.9")))
                .hasStackTraceContaining("tiersync.segmentation.tiers.pareto cut-offs must rise within (0, 1]");
    }

    @Test
    void weightsThatDoNotAddUpNameTheKey() {
        assertThatThrownBy(() -> bind(Map.of("tiersync.segmentation.tiers.weighted.weights.value", "0.9")))
                .hasStackTraceContaining("tiersync.segmentation.tiers.weighted.weights must add up to 1");
    }

    @Test
    void anUnknownDimensionIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("tiersync.segmentation.tiers.weighted.weights.loyalty", "1")))
                .hasStackTraceContaining("tiersync.segmentation.tiers.weighted.weights")
                .hasStackTraceContaining("loyalty");
    }

    @Test
    void aSegmentNoAccountCanReachIsRefused() {
        assertThatThrownBy(() -> bind(Map.of(
                "tiersync.segmentation.segments[0].name", "Top",
                "tiersync.segmentation.segments[0].tiers", "A,B",
                "tiersync.segmentation.segments[1].name", "Very Top",
                "tiersync.segmentation.segments[1].tiers", "A",
                "tiersync.segmentation.segments[2].name", "Rest")))
                .hasStackTraceContaining("tiersync.segmentation.segments: 'Very Top' can never match");
    }

    @Test
    void segmentsWithoutACatchAllAreRefused() {
        assertThatThrownBy(() -> bind(Map.of(
                "tiersync.segmentation.segments[0].name", "Only A",
                "tiersync.segmentation.segments[0].tiers", "A")))
                .hasStackTraceContaining("must be a catch-all");
    }

    @Test
    void aSegmentNamesAPluginsConditionWithItsSettingsBesideIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("rules.yml"), """
                tiersync:
                  segmentation:
                    segments:
                      - name: Competitor CRM
                        tiers: [A, B, C]
                        conditions:
                          - {condition: uses-technology, technology: "HubSpot, Pipedrive", category: crm}
                      - name: Runs on AWS
                        conditions:
                          - condition: uses-technology
                            technology: [AWS, Amazon Web Services]
                      - name: Everyone Else
                """);

        SegmentationConfig config = RulesFile.load(file);

        assertThat(config.segments().segments().get(0).conditions()).containsExactly(new NamedCondition("uses-technology",
                Map.of("technology", "HubSpot, Pipedrive", "category", "crm")));
        assertThat(config.segments().segments().get(1).conditions()).as("a YAML list is the comma-separated items")
                .containsExactly(new NamedCondition("uses-technology", Map.of("technology", "AWS, Amazon Web Services")));
        assertThat(config.segments().segments().get(1).isCatchAll()).isFalse();
    }

    @Test
    void aConditionWithoutItsNameIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> bind(Map.of(
                "tiersync.segmentation.segments[0].name", "On AWS",
                "tiersync.segmentation.segments[0].conditions[0].technology", "AWS",
                "tiersync.segmentation.segments[1].name", "Rest")))
                .hasStackTraceContaining("tiersync.segmentation.segments[0].conditions[0].condition is missing: name the plugin's "
                        + "segment condition, such as {condition: uses-technology, technology: AWS}");
        assertThatThrownBy(() -> bind(Map.of(
                "tiersync.segmentation.segments[0].name", "On AWS",
                "tiersync.segmentation.segments[0].conditions[0].condition", "Uses AWS",
                "tiersync.segmentation.segments[1].name", "Rest")))
                .hasStackTraceContaining("tiersync.segmentation.segments[0].conditions[0].condition: a condition's name must be "
                        + "lower case letters");
    }

    @Test
    void theFitKeysOverrideTheShippedFitSettingsAndDefineAnIdealCustomerProfile() {
        SegmentationConfig config = bind(Map.of(
                "tiersync.segmentation.fit.min-customers", "60",
                "tiersync.segmentation.fit.min-node-size", "10",
                "tiersync.segmentation.fit.scheme", "profile",
                "tiersync.segmentation.fit.profile[0].variable", "industry",
                "tiersync.segmentation.fit.profile[0].in", "Technology, Finance",
                "tiersync.segmentation.fit.profile[0].weight", "2",
                "tiersync.segmentation.fit.profile[1].variable", "employees",
                "tiersync.segmentation.fit.profile[1].at-least", "1000")).toConfig();

        assertThat(config.fit().minCustomers()).isEqualTo(60);
        assertThat(config.fit().minNodeSize()).isEqualTo(10);
        assertThat(config.fit().scheme()).contains(SchemeKind.PROFILE);
        assertThat(config.fit().profile()).containsExactly(ProfileCriterion.in("industry", 2, "Technology", "Finance"),
                ProfileCriterion.range("employees", 1000.0, null, 1));
        assertThat(config.fit().strongFrom()).isEqualTo(FitConfig.defaults().strongFrom());
    }

    @Test
    void aBadFitSettingStopsStartUpNamingItsKey() {
        assertThatThrownBy(() -> bind(Map.of("tiersync.segmentation.fit.min-customers", "5")))
                .hasStackTraceContaining("tiersync.segmentation.fit.min-customers must be at least 40");
        assertThatThrownBy(() -> bind(Map.of("tiersync.segmentation.fit.scheme", "forest")))
                .hasStackTraceContaining("tiersync.segmentation.fit.scheme must be one of auto, tree, regression, profile; was 'forest'");
        assertThatThrownBy(() -> bind(Map.of(
                "tiersync.segmentation.fit.profile[0].variable", "industry",
                "tiersync.segmentation.fit.profile[0].at-least", "3")))
                .hasStackTraceContaining("tiersync.segmentation.fit.profile[0]: industry takes named values; give in instead of at-least/below");
        assertThatThrownBy(() -> bind(Map.of("tiersync.segmentation.fit.scheme", "profile")))
                .hasStackTraceContaining("tiersync.segmentation.fit.scheme is profile, but tiersync.segmentation.fit.profile defines no criteria");
    }

    @Test
    void aSegmentMayTakeProspectsByTheirFitTier() {
        SegmentationConfig config = bind(Map.of(
                "tiersync.segmentation.segments[0].name", "Lookalikes",
                "tiersync.segmentation.segments[0].tiers", "Prospect",
                "tiersync.segmentation.segments[0].fit-tiers", "Strong, Moderate",
                "tiersync.segmentation.segments[1].name", "Rest")).toConfig();

        assertThat(config.segments().segments().get(0).fitTiers()).containsExactlyInAnyOrder(FitTier.STRONG, FitTier.MODERATE);
        assertThat(config.segments().segmentOf(Tier.PROSPECT, SizeBand.SMALL, Region.EMEA, "Retail", ChurnRisk.NONE, false))
                .as("a prospect of unknown fit").isEqualTo("Rest");
    }

    private static SegmentationProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("tiersync.segmentation", SegmentationProperties.class);
    }
}
