package dev.tiersync.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.EmulatorTls;
import dev.tiersync.emulator.OrgData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunCommandTest {

    private static final Map<String, String> PASSWORD = Map.of("TIERSYNC_PASSWORD", EmulatorSettings.DEFAULT_PASSWORD);

    private EmulatedOrg org;

    @BeforeEach
    void startOrg() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(80, 5, LocalDate.of(2025, 6, 1))));
    }

    @AfterEach
    void stopOrg() {
        org.close();
    }

    @Test
    void runSyncsTheOrgAndPrintsJsonThatScriptsCanRead() {
        CliRun run = CliRun.of(PASSWORD, "run", "--login-url", org.loginUrl(), "--username",
                EmulatorSettings.DEFAULT_USERNAME, "--as-of", "2025-06-01", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(json.get("accountsPulled").asInt()).isEqualTo(80);
        assertThat(json.get("accountsWritten").asInt()).isEqualTo(80);
        assertThat(json.get("asOf").asString()).isEqualTo("2025-06-01");
        assertThat(json.get("ownRecords").get("created").asInt()).as("each account's first tier, as a Segment Change")
                .isEqualTo(80);
        assertThat(org.store().count("Segment_Change__c")).isEqualTo(80);
        int tiered = 0;
        for (String tier : new String[] {"A", "B", "C", "D", "New", "Prospect"}) {
            tiered += json.get("tierDistribution").get(tier).asInt();
        }
        assertThat(tiered).isEqualTo(80);
        JsonNode fit = json.get("fit");
        assertThat(fit.get("hasFit").asBoolean()).isFalse();
        assertThat(fit.get("decision").asString()).startsWith("no fit: too few customers to learn from:");
        assertThat(fit.get("noFitReason").asString()).startsWith("too few customers to learn from (");
        assertThat(fit.get("fitTiers").get("Unknown").asInt()).isEqualTo(80);
    }

    @Test
    void runSyncsAnHttpsOrgWhoseCertificateItIsToldToTrustAndRefusesItOtherwise(@TempDir Path dir) {
        Path pem = dir.resolve("emulator.pem");
        try (EmulatedOrg https = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(30, 5, LocalDate.of(2025, 6, 1)))
                .withHttps(EmulatorTls.selfSigned().writingCertificateTo(pem)))) {
            CliRun untrusted = CliRun.of(PASSWORD, "run", "--login-url", https.loginUrl(), "--username",
                    EmulatorSettings.DEFAULT_USERNAME, "--as-of", "2025-06-01");
            CliRun trusted = CliRun.of(PASSWORD, "run", "--login-url", https.loginUrl(), "--username",
                    EmulatorSettings.DEFAULT_USERNAME, "--as-of", "2025-06-01", "--trust-store", pem.toString());

            assertThat(https.loginUrl()).startsWith("https://");
            assertThat(untrusted.exitCode()).isEqualTo(1);
            assertThat(untrusted.out()).contains("FAILED").containsIgnoringCase("certificate");
            assertThat(trusted.exitCode()).as(trusted.err()).isZero();
            assertThat(trusted.out()).contains("SUCCEEDED", "30 accounts to change, 30 written");
        }
    }

    @Test
    void aTrustStoreThatCannotBeReadIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of(PASSWORD, "run", "--login-url", org.loginUrl(), "--username",
                EmulatorSettings.DEFAULT_USERNAME, "--trust-store", dir.resolve("missing.pem").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.pem").doesNotContain("\tat ");
    }

    @Test
    void aDryRunReportsTheChangesAndWritesNothing() {
        CliRun run = CliRun.of(PASSWORD, "run", "--login-url", org.loginUrl(), "--username",
                EmulatorSettings.DEFAULT_USERNAME, "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(dry run)", "80 accounts to change, 0 written",
                "Records of TierSync's own: 80 to create, 0 to delete", "would create Segment_Change__c");
        assertThat(org.calls().count("update")).isZero();
        assertThat(org.calls().count("create")).isZero();
    }

    @Test
    void withoutThePasswordVariableItSaysWhatToSetAndExitsWithUsageError() {
        CliRun run = CliRun.of(Map.of(), "run", "--login-url", org.loginUrl(), "--username", "admin@tiersync.local");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("set the environment variable TIERSYNC_PASSWORD");
        assertThat(org.calls().total()).isZero();
    }

    @Test
    void aWrongPasswordExitsOneWithSalesforcesReasonAndNeverPrintsThePassword() {
        CliRun run = CliRun.of(Map.of("TIERSYNC_PASSWORD", "wrong-horse-battery"), "run", "--login-url",
                org.loginUrl(), "--username", EmulatorSettings.DEFAULT_USERNAME);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED", "INVALID_LOGIN");
        assertThat(run.out() + run.err()).doesNotContain("wrong-horse-battery");
    }

    @Test
    void rulesNamingAnAccountFieldTheOrgLacksFailTheRunWithOneLineNamingTheKey(@TempDir Path dir) throws java.io.IOException {
        Path rules = java.nio.file.Files.writeString(dir.resolve("rules.yml"), """
                tiersync:
                  segmentation:
                    segments:
                      - name: Cloud Buyers
                        org-fields: {Primary_Need__c: [Cloud]}
                      - name: Everyone Else
                """);

        CliRun run = CliRun.of(PASSWORD, "run", "--login-url", org.loginUrl(), "--username",
                EmulatorSettings.DEFAULT_USERNAME, "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED", "tiersync.segmentation.segments[0].org-fields.Primary_Need__c: the org has no "
                + "Account field Primary_Need__c that the API user can read");
        assertThat(run.out() + run.err()).doesNotContain("\tat ");
        assertThat(org.store().records("Account")).allSatisfy(a -> assertThat(a.get("Segment__c")).isNull());
    }

    @Test
    void aLoginUrlWithAPathIsRefusedBeforeAnyCall() {
        CliRun run = CliRun.of(PASSWORD, "run", "--login-url", org.authEndpoint(), "--username", "admin@tiersync.local");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("must not have a path");
        assertThat(org.calls().total()).isZero();
    }

    @Test
    void aMalformedAsOfDateIsAUsageError() {
        CliRun run = CliRun.of(PASSWORD, "run", "--login-url", org.loginUrl(), "--username", "u", "--as-of", "01/06/2025");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of");
    }

    @Test
    void thereIsNoPasswordFlag() {
        CliRun run = CliRun.of(Map.of(), "run", "--login-url", org.loginUrl(), "--username", "u", "--password", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option").contains("--password");
    }
}
