package dev.tiersync.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.JwtBearerTrust;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.salesforce.Authentication;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.salesforce.wsc.WscOrgConnector;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncStatus;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A sync that logs in with the OAuth 2.0 JWT bearer flow instead of a password. */
class JwtBearerSyncTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final String CONSUMER_KEY = "3MVG9TierSyncConnectedApp";

    private KeyPair keys;
    private EmulatedOrg org;

    @BeforeEach
    void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(40, 2, AS_OF))
                .withJwtBearer(new JwtBearerTrust(CONSUMER_KEY, (RSAPublicKey) keys.getPublic())));
    }

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void aSyncLogsInWithASignedAssertionAndWritesEveryAccount() {
        SyncReport report = job().run(credentials(CONSUMER_KEY, pem()), new SyncRequest(AS_OF, false));

        assertThat(report.status()).as(String.valueOf(report.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(report.writes().accounts()).isEqualTo(40);
        assertThat(org.calls().count("login")).as("no password login").isZero();
    }

    @Test
    void anUnknownConsumerKeyFailsTheLoginWithoutShowingTheKey() {
        String pem = pem();

        SyncReport report = job().run(credentials("someone-else", pem), new SyncRequest(AS_OF, false));

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.run().error()).contains("invalid_client_id").doesNotContain(pem.substring(40, 80));
    }

    @Test
    void aKeyThatIsNotPkcs8SaysHowToConvertIt() {
        SyncReport report = job().run(credentials(CONSUMER_KEY, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"),
                new SyncRequest(AS_OF, false));

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.run().error()).contains("PKCS#8", "openssl pkcs8");
    }

    private String pem() {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private OrgAccess credentials(String consumerKey, String pem) {
        return new OrgAccess("test", new OrgCredentials(URI.create(org.loginUrl()), EmulatorSettings.DEFAULT_USERNAME,
                new Authentication.JwtBearer(consumerKey, Secret.of(pem))));
    }

    private SyncJob job() {
        return SyncRuntime.builder().build().job(SegmentationConfig.defaults());
    }
}
