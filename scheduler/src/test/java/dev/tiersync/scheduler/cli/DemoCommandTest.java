package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.tiersync.emulator.junit.Prerequisites.require;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private static final Path SHARED_DATASET = Path.of("..", "..", "shared", "datasets", "crm-sales-opportunities", "salesforce");

    @Test
    void demoSyncsAGeneratedOrgAndShowsTheTierDistributionAndWrittenValues() {
        CliRun run = CliRun.of(Map.of(), "demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Started an emulated Salesforce org at http://127.0.0.1:")
                .contains("SUCCEEDED")
                .contains("Tier distribution")
                .contains("Read back from the org")
                .containsPattern("pulled everything: 300 accounts")
                .containsPattern("(?m)^  A\\s+\\d+")
                .containsPattern("(?m)^  Prospect\\s+\\d+");
    }

    @Test
    void demoOnTheSharedCrmDatasetAssessesEveryAccountAndSkipsOrphanOpportunities() {
        require(Files.isDirectory(SHARED_DATASET), "../shared is not beside the project: " + SHARED_DATASET.toAbsolutePath());

        CliRun run = CliRun.of(Map.of(), "demo", "--dataset", SHARED_DATASET.toString(), "--as-of", "2018-01-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("assessed 85 accounts and 8,800 opportunities (1,425 without an account, skipped)")
                .contains("85 accounts to change, 85 written, 0 rejected")
                .containsPattern("Fit: no fit: too few customers to learn from: \\d+ established, at least 200 needed "
                        + "\\(tiersync.segmentation.fit.min-customers\\)")
                .contains("Tier profile: ")
                .contains("Fit tiers: Strong 0 Moderate 0 Weak 0 Unknown 85");
    }

    @Test
    void demoWithAnIdealCustomerProfileInTheRulesPrintsTheTierProfileTheSchemeAndItsLift(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yml"), """
                tiersync:
                  segmentation:
                    fit:
                      scheme: profile
                      profile:
                        - {variable: size-band, in: [Enterprise], weight: 2}
                        - {variable: region, in: [North America]}
                """);

        CliRun run = CliRun.of(Map.of(), "demo", "--rules", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Fit: the ideal customer profile the rules name (tiersync.segmentation.fit.scheme) is used")
                .contains("Tier profile: ")
                .contains("  A against D, most different first")
                .contains("Chosen scheme: Ideal customer profile")
                .contains("Lift chart: share of the actual top 25% found in the top X% of each ranking")
                .containsPattern("(?m)^  Ideal customer profile\\s+0%")
                .containsPattern("Fit tiers: Strong \\d+ Moderate \\d+ Weak \\d+ Unknown \\d+");
    }

    @Test
    void aMissingDatasetFolderSaysWhatIsMissing() {
        CliRun run = CliRun.of(Map.of(), "demo", "--dataset", "no/such/folder");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no/such/folder");
    }
}
