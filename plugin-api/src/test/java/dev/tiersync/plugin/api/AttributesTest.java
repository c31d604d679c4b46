package dev.tiersync.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributesTest {

    @Test
    void eachKindOfValueIsReadBackThroughItsOwnAccessor() {
        Attributes attributes = Attributes.builder()
                .texts("technographics.cloud", List.of("AWS", "GCP"))
                .text("intent.topic", "CRM migration")
                .number("intent.score", 72)
                .flag("technographics.public-cloud", true)
                .build();

        assertThat(attributes.texts("technographics.cloud")).containsExactly("AWS", "GCP");
        assertThat(attributes.texts("intent.topic")).containsExactly("CRM migration");
        assertThat(attributes.number("intent.score")).hasValue(72);
        assertThat(attributes.flag("technographics.public-cloud")).contains(true);
        assertThat(attributes.keys()).containsExactly("intent.score", "intent.topic", "technographics.cloud",
                "technographics.public-cloud");
    }

    @Test
    void askingForTheWrongKindOrAMissingKeyGivesNothing() {
        Attributes attributes = Attributes.builder().number("intent.score", 72).build();

        assertThat(attributes.texts("intent.score")).isEmpty();
        assertThat(attributes.flag("intent.score")).isEmpty();
        assertThat(attributes.number("intent.other")).isEmpty();
        assertThat(attributes.get("intent.other")).isEmpty();
    }

    @Test
    void aKeyNeedsANamespaceAndLowerCase() {
        assertThat(Attributes.isValidKey("technographics.crm")).isTrue();
        assertThat(Attributes.isValidKey("a.b.c-d")).isTrue();
        assertThat(Attributes.isValidKey("crm")).isFalse();
        assertThat(Attributes.isValidKey("Technographics.CRM")).isFalse();
        assertThat(Attributes.isValidKey("technographics.")).isFalse();
        assertThatThrownBy(() -> Attributes.builder().text("crm", "HubSpot"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'crm'").hasMessageContaining("namespace");
    }

    @Test
    void valuesAreCheckedAndCopied() {
        List<String> technologies = new ArrayList<>(List.of("AWS"));
        Attributes attributes = Attributes.builder().texts("technographics.cloud", technologies).build();
        technologies.add("Azure");

        assertThat(attributes.texts("technographics.cloud")).containsExactly("AWS");
        assertThatThrownBy(() -> new AttributeValue.Text(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttributeValue.Texts(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttributeValue.Number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesDisplayAsARepReadsThem() {
        assertThat(new AttributeValue.Texts(List.of("AWS", "GCP")).display()).isEqualTo("AWS, GCP");
        assertThat(new AttributeValue.Number(72).display()).isEqualTo("72");
        assertThat(new AttributeValue.Number(0.5).display()).isEqualTo("0.5");
        assertThat(new AttributeValue.Flag(false).display()).isEqualTo("no");
    }

    @Test
    void noAttributesIsEmptyAndEqualToAnEmptyBuild() {
        assertThat(Attributes.none().isEmpty()).isTrue();
        assertThat(Attributes.builder().build()).isEqualTo(Attributes.none());
    }
}
