package dev.tiersync.scheduler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.segments.OrgFieldCondition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgFieldRulesTest {

    @Test
    void aSegmentTakesAccountsByTheOrgsOwnFieldsKeepingTheirApiNames(@TempDir Path dir) throws IOException {
        SegmentationConfig config = RulesFile.load(Files.writeString(dir.resolve("rules.yml"), """
                tiersync:
                  segmentation:
                    segments:
                      - name: Cloud Buyers
                        org-fields:
                          Primary_Need__c: [Cloud, Hosting]
                          Rating: [Hot]
                      - name: Everyone Else
                """));

        assertThat(config.segments().segments().get(0).orgFields()).containsExactly(
                OrgFieldCondition.of("Primary_Need__c", "Cloud", "Hosting"), OrgFieldCondition.of("Rating", "Hot"));
        assertThat(config.segments().orgFieldNames()).containsExactly("Primary_Need__c", "Rating");
        assertThat(config.segments().segments().get(0).isCatchAll()).isFalse();
    }

    @Test
    void anOrgFieldWithoutValuesIsRefusedNamingTheKey(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("rules.yml"), """
                tiersync:
                  segmentation:
                    segments:
                      - name: Hot
                        org-fields:
                          Rating: []
                      - name: Everyone Else
                """);

        assertThatThrownBy(() -> RulesFile.load(file)).hasStackTraceContaining("segments[0].org-fields.Rating: list the values");
    }

    @Test
    void theFitLearnsFromFieldsItNamesBesideTheSegmentsOnesEachReadOnceAndNamedByItsKey(@TempDir Path dir) throws IOException {
        SegmentationConfig config = RulesFile.load(Files.writeString(dir.resolve("rules.yml"), """
                tiersync:
                  segmentation:
                    fit:
                      org-fields: [Ownership, rating, Primary_Need__c]
                    segments:
                      - name: Hot
                        org-fields: {Rating: [Hot]}
                      - name: Everyone Else
                """));

        assertThat(config.fit().orgFields()).containsExactly("Ownership", "rating", "Primary_Need__c");
        assertThat(config.orgFieldNames()).as("a field the segments and the fit both name is read once")
                .containsExactly("Rating", "Ownership", "Primary_Need__c");
        assertThat(config.orgFieldKey("Rating")).isEqualTo("tiersync.segmentation.segments[0].org-fields.Rating");
        assertThat(config.orgFieldKey("Primary_Need__c")).isEqualTo("tiersync.segmentation.fit.org-fields[2]");
    }

    @Test
    void aFitOrgFieldThatIsNoApiNameIsRefusedNamingTheKey(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("rules.yml"), """
                tiersync:
                  segmentation:
                    fit:
                      org-fields: [Ownership, "Primary Need"]
                """);

        assertThatThrownBy(() -> RulesFile.load(file)).hasStackTraceContaining(
                "tiersync.segmentation.fit.org-fields[1]: 'Primary Need' is not a field's API name");
    }
}
