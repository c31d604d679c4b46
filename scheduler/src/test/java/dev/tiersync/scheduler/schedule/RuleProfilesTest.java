package dev.tiersync.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Tier;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.salesforce.Authentication;
import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.sync.SyncReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Each org may have its own rules (a rule profile) and its own way to log in. */
@SpringBootTest(properties = "tiersync.schedule.enabled=false")
class RuleProfilesTest {

    private static final EmulatedOrg ORG = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(200, 4, LocalDate.now())));

    @Autowired
    SyncRunner runner;

    @Autowired
    SyncJobs jobs;

    @Autowired
    Orgs properties;

    @DynamicPropertySource
    static void orgs(DynamicPropertyRegistry registry) {
        for (int i = 0; i < 2; i++) {
            registry.add("tiersync.orgs[" + i + "].login-url", ORG::loginUrl);
            registry.add("tiersync.orgs[" + i + "].username", () -> EmulatorSettings.DEFAULT_USERNAME);
            registry.add("tiersync.orgs[" + i + "].password", () -> EmulatorSettings.DEFAULT_PASSWORD);
        }
        registry.add("tiersync.orgs[0].name", () -> "shared");
        registry.add("tiersync.orgs[1].name", () -> "pareto");
        registry.add("tiersync.orgs[1].rules", () -> write("rules.yml", """
                tiersync:
                  segmentation:
                    tiers:
                      method: pareto
                """));
        registry.add("tiersync.orgs[2].name", () -> "jwt");
        registry.add("tiersync.orgs[2].login-url", ORG::loginUrl);
        registry.add("tiersync.orgs[2].username", () -> EmulatorSettings.DEFAULT_USERNAME);
        registry.add("tiersync.orgs[2].jwt-consumer-key", () -> "3MVG9-consumer-key");
        registry.add("tiersync.orgs[2].jwt-key-file", () -> write("app-key.pem", pkcs8Pem()));
    }

    @AfterAll
    static void stop() {
        ORG.close();
    }

    @Test
    void anOrgWithItsOwnRulesIsTieredByThemAndTheOthersByTheSharedOnes() {
        SyncReport shared = runner.runNow("shared", true);
        SyncReport pareto = runner.runNow("pareto", true);

        assertThat(jobs.job("pareto").segmenter()).isNotSameAs(jobs.job("shared").segmenter());
        assertThat(pareto.assessed().accounts()).isEqualTo(shared.assessed().accounts());
        assertThat(pareto.findings().tiers()).isNotEqualTo(shared.findings().tiers());
        int sharedA = shared.findings().tiers().getOrDefault(Tier.A, 0);
        int paretoA = pareto.findings().tiers().getOrDefault(Tier.A, 0);
        assertThat(paretoA).as("pareto's A is the few accounts that make half the revenue").isLessThan(sharedA);
    }

    @Test
    void anOrgCanLogInWithTheJwtBearerFlowInsteadOfAPassword() {
        assertThat(properties.configuredOrg("jwt").orElseThrow().credentials().authentication())
                .isInstanceOf(Authentication.JwtBearer.class);
    }

    /** A real RSA key in PKCS#8 PEM: start-up checks that the key file holds one. */
    private static String pkcs8Pem() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(
                    generator.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(String name, String text) {
        try {
            Path file = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "tiersync-org").resolve(name);
            Files.writeString(file, text);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
