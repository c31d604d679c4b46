package dev.tiersync.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginContextTest {

    private final PluginContext context = PluginContext.of("technographics", "uses-technology",
            Map.of("technology", " HubSpot, Pipedrive ,, ", "max-age-days", "365", "bad-number", "a year"));

    @Test
    void aContributionReadsItsSettingsByKey() {
        Configuration config = context.configuration();

        assertThat(context.pluginId()).isEqualTo("technographics");
        assertThat(context.contributionId()).isEqualTo("uses-technology");
        assertThat(config.getList("technology")).containsExactly("HubSpot", "Pipedrive");
        assertThat(config.getLong("max-age-days")).hasValue(365);
        assertThat(config.get("category")).isEmpty();
        assertThat(config.getList("category")).isEmpty();
        assertThat(config.keys()).containsExactly("bad-number", "max-age-days", "technology");
    }

    @Test
    void aMissingOrMalformedValueNamesTheContributionAndTheKey() {
        Configuration config = context.configuration();

        assertThatThrownBy(() -> config.require("category"))
                .hasMessage("technographics/uses-technology: configuration key 'category' needs a value");
        assertThatThrownBy(() -> config.getLong("bad-number"))
                .hasMessage("technographics/uses-technology: configuration key 'bad-number' must be a whole number, was 'a year'");
    }

    @Test
    void aContextNeverPrintsItsValuesForOneMayBeASecret() {
        PluginContext withKey = PluginContext.of("intent", "researching", Map.of("api-key", "sk-live-4f9a"));

        assertThat(withKey.toString()).contains("intent/researching", "api-key").doesNotContain("sk-live-4f9a");
        assertThat(withKey.configuration().toString()).doesNotContain("sk-live-4f9a");
    }
}
