package dev.tiersync.scheduler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.segments.Audience;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code segments[n].campaign} in the rules: which segments keep a campaign, and of which contacts. */
class CampaignRulesTest {

    @Test
    void aSegmentWithACampaignKeepsOneOfAllContactsOrOfThoseWithTheRoleItNames() {
        SegmentationConfig config = bind(Map.of(
                "tiersync.segmentation.segments[0].name", "Strategic Enterprise",
                "tiersync.segmentation.segments[0].tiers[0]", "A",
                "tiersync.segmentation.segments[0].campaign.contact-role", "Decision Maker",
                "tiersync.segmentation.segments[1].name", "At Risk",
                "tiersync.segmentation.segments[1].churn-risks[0]", "HIGH",
                "tiersync.segmentation.segments[1].campaign.enabled", "true",
                "tiersync.segmentation.segments[2].name", "Expansion",
                "tiersync.segmentation.segments[2].upsell", "true",
                "tiersync.segmentation.segments[2].campaign.enabled", "false",
                "tiersync.segmentation.segments[3].name", "Long Tail"));

        assertThat(config.audiences().all()).containsExactly(new Audience("Strategic Enterprise", "Decision Maker"),
                new Audience("At Risk", null));
        assertThat(config.audiences().all().get(1).campaignName()).isEqualTo("TierSync: At Risk");
    }

    @Test
    void theShippedRulesKeepNoCampaign() {
        assertThat(bind(Map.of()).audiences().isEmpty()).isTrue();
    }

    @Test
    void aSegmentNameTooLongForACampaignIsRefusedNamingTheRulesKey() {
        String name = "x".repeat(75);

        assertThatThrownBy(() -> bind(Map.of("tiersync.segmentation.segments[0].name", name,
                "tiersync.segmentation.segments[0].campaign.enabled", "true")))
                .hasStackTraceContaining("tiersync.segmentation.segments: '" + name + "' is too long for a campaign name");
    }

    private static SegmentationConfig bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("tiersync.segmentation", SegmentationProperties.class).toConfig();
    }
}
