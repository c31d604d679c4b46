package dev.tiersync.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichmentTest {

    private final Enrichment technographics = Enrichment.builder()
            .put("technographics.crm", new Enrichment.Texts(List.of("HubSpot", "Pipedrive")))
            .put("technographics.count", new Enrichment.Number(2))
            .put("intent.surging", new Enrichment.Flag(true))
            .put("intent.topic", new Enrichment.Text("CRM migration"))
            .build();

    @Test
    void eachKindOfValueReadsAsItselfAndAsNothingElse() {
        assertThat(technographics.texts("technographics.crm")).containsExactly("HubSpot", "Pipedrive");
        assertThat(technographics.texts("intent.topic")).containsExactly("CRM migration");
        assertThat(technographics.number("technographics.count")).hasValue(2);
        assertThat(technographics.flag("intent.surging")).contains(true);
        assertThat(technographics.number("technographics.crm")).isEmpty();
        assertThat(technographics.texts("technographics.count")).isEmpty();
        assertThat(technographics.flag("technographics.missing")).isEmpty();
        assertThat(technographics.keys()).containsExactly("intent.surging", "intent.topic", "technographics.count", "technographics.crm");
    }

    @Test
    void valuesReadAsARepReadsThem() {
        assertThat(technographics.asMap().values()).extracting(Enrichment.Value::display)
                .containsExactly("yes", "CRM migration", "2", "HubSpot, Pipedrive");
        assertThat(new Enrichment.Number(0.25).display()).isEqualTo("0.25");
    }

    @Test
    void aProfileWithoutEnrichmentHasNone() {
        assertThat(Enrichment.builder().build()).isSameAs(Enrichment.NONE);
        assertThat(dev.tiersync.testdata.Profiles.profile("a").enrichment()).isSameAs(Enrichment.NONE);
        assertThatThrownBy(() -> new Enrichment.Texts(List.of())).hasMessageContaining("at least one text");
        assertThatThrownBy(() -> new Enrichment.Number(Double.NaN)).hasMessageContaining("finite");
    }
}
