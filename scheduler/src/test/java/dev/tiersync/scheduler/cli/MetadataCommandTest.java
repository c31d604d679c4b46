package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataCommandTest {

    @Test
    void writesTheProjectForTheDefaultRules(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of(Map.of(), "metadata", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        int files = dev.tiersync.scheduler.metadata.MetadataProject.of(dev.tiersync.domain.engine.SegmentationConfig.defaults())
                .files().size();
        assertThat(files).isGreaterThan(25); // fields, permission sets and list views, then the object, reports and dashboard
        assertThat(run.out()).contains("Wrote " + files + " files");
        assertThat(out.resolve("sfdx-project.json")).exists();
        assertThat(out.resolve("force-app/main/default/objects/Segment_Change__c/Segment_Change__c.object-meta.xml")).exists();
        assertThat(out.resolve("force-app/main/default/dashboards/TierSync/TierSync_Overview.dashboard-meta.xml")).exists();
        assertThat(Files.readString(out.resolve("force-app/main/default/objects/Account/fields/Segment__c.field-meta.xml")))
                .contains("<fullName>Strategic Enterprise</fullName>");
    }

    @Test
    void renamingASegmentInTheRulesRenamesItsPicklistValue(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yml"), """
                tiersync:
                  segmentation:
                    segments:
                      - name: Crown Jewels
                        tiers: [A]
                      - name: Everyone Else
                """);
        Path out = dir.resolve("project");

        CliRun run = CliRun.of(Map.of(), "metadata", "--out", out.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String segment = Files.readString(out.resolve("force-app/main/default/objects/Account/fields/Segment__c.field-meta.xml"));
        assertThat(segment).contains("<fullName>Crown Jewels</fullName>", "<fullName>Everyone Else</fullName>")
                .doesNotContain("Strategic Enterprise");
    }

    @Test
    void aBadRuleInTheRulesFileNamesTheKey(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yml"), """
                tiersync:
                  segmentation:
                    tiers:
                      pareto: {a: 0.9, b: 0.5, c: 0.95}
                """);

        CliRun run = CliRun.of(Map.of(), "metadata", "--out", dir.resolve("p").toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("tiersync.segmentation.tiers.pareto cut-offs must rise");
        assertThat(dir.resolve("p")).doesNotExist();
    }

    @Test
    void aMissingRulesFileIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of(Map.of(), "metadata", "--out", dir.toString(), "--rules", dir.resolve("nope.yml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("rules file").contains("does not exist");
    }
}
