package dev.tiersync.examples.technographics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.plugin.api.AccountView;
import dev.tiersync.plugin.api.Attributes;
import dev.tiersync.plugin.api.Metrics;
import dev.tiersync.plugin.api.PluginContext;
import dev.tiersync.plugin.api.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsesTechnologyTest {

    private final AccountView hubSpotOnAws = account(Attributes.builder()
            .texts("technographics.technologies", List.of("AWS", "HubSpot"))
            .texts("technographics.crm", List.of("HubSpot"))
            .texts("technographics.cloud", List.of("AWS")).build());
    private final AccountView unknown = account(Attributes.none());

    @Test
    void aCompetitorsCrmIsFoundAmongTheAccountsCrms() {
        UsesTechnology competitorCrm = condition(Map.of("technology", "hubspot, Pipedrive", "category", "CRM"));

        assertThat(competitorCrm.evaluate(hubSpotOnAws)).isEqualTo(Verdict.met("uses HubSpot (crm)"));
        assertThat(competitorCrm.evaluate(unknown)).isEqualTo(Verdict.notMet());
    }

    @Test
    void aTechnologyWithoutCategoryIsLookedForAmongAllOfThem() {
        assertThat(condition(Map.of("technology", "AWS")).evaluate(hubSpotOnAws)).isEqualTo(Verdict.met("uses AWS"));
        assertThat(condition(Map.of("technology", "GCP")).evaluate(hubSpotOnAws).isMet()).isFalse();
    }

    @Test
    void aTechnologyInAnotherCategoryDoesNotCount() {
        assertThat(condition(Map.of("technology", "AWS", "category", "crm")).evaluate(hubSpotOnAws).isMet()).isFalse();
    }

    @Test
    void aCategoryAloneTakesAnyTechnologyOfIt() {
        assertThat(condition(Map.of("category", "cloud")).evaluate(hubSpotOnAws)).isEqualTo(Verdict.met("uses AWS (cloud)"));
        assertThat(condition(Map.of("category", "data-warehouse")).evaluate(hubSpotOnAws).isMet()).isFalse();
    }

    @Test
    void neitherTechnologyNorCategoryIsRefused() {
        assertThatThrownBy(() -> condition(Map.of())).hasMessage("technographics/uses-technology: give a technology (such as AWS), "
                + "a category (such as crm), or both");
    }

    private static UsesTechnology condition(Map<String, String> settings) {
        return new UsesTechnology(PluginContext.of("technographics", "uses-technology", settings));
    }

    private static AccountView account(Attributes attributes) {
        return AccountView.builder("0015g00000AbCdEFGH", Metrics.builder(LocalDate.of(2025, 4, 1)).build()).attributes(attributes).build();
    }
}
