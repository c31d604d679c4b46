package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import com.sforce.soap.partner.Connector;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An org that answers HTTPS, as every real org does, with a certificate made at start or taken from a keystore. */
class HttpsOrgTest {

    private static final OrgData DATA = OrgData.generate(12, 3, LocalDate.of(2025, 1, 1));

    @TempDir
    Path dir;

    @Test
    void aClientTrustingTheWrittenCertificateLogsInAndQueriesOverHttps() throws Exception {
        Path pem = dir.resolve("org.pem");
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(DATA).withHttps(EmulatorTls.selfSigned().writingCertificateTo(pem)))) {
            X509Certificate written = readPem(pem);
            ConnectorConfig config = new ConnectorConfig();
            config.setAuthEndpoint(org.authEndpoint());
            config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
            config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);
            config.setSslContext(ForceWsc.trusting(written));
            PartnerConnection connection = Connector.newConnection(config);

            assertThat(org.loginUrl()).startsWith("https://127.0.0.1:");
            assertThat(config.getServiceEndpoint()).startsWith(org.loginUrl() + "/services/Soap/u/65.0/");
            assertThat(connection.query("SELECT Id FROM Account").getSize()).isEqualTo(12);
            assertThat(written).isEqualTo(org.certificate().orElseThrow());
        }
    }

    @Test
    void theSelfSignedCertificateNamesTheLoopbackAddressAndLocalhost() throws Exception {
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(DATA).withHttps(EmulatorTls.selfSigned()))) {
            X509Certificate certificate = org.certificate().orElseThrow();

            assertThat(certificate.getSubjectAlternativeNames()).extracting(name -> (Object) name.get(1))
                    .containsExactlyInAnyOrder((Object) "127.0.0.1", "localhost");
            certificate.checkValidity();
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefusedTheHandshake() {
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(DATA).withHttps(EmulatorTls.selfSigned()))) {
            ConnectorConfig config = new ConnectorConfig();
            config.setAuthEndpoint(org.authEndpoint());
            config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
            config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);

            assertThatThrownBy(() -> Connector.newConnection(config)).isInstanceOf(ConnectionException.class)
                    .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(SSLHandshakeException.class));
            assertThat(org.calls().total()).isZero();
        }
    }

    @Test
    void aKeystoreFileServesItsOwnKeyAndCertificate() throws Exception {
        Path keystore = dir.resolve("org.p12");
        X509Certificate expected;
        char[] password;
        try (dev.tiersync.emulator.tls.ServerKeys keys = dev.tiersync.emulator.tls.ServerKeys.prepare(EmulatorTls.selfSigned(), Clock.systemUTC())) {
            Files.copy(keys.keystoreFile(), keystore);
            expected = keys.certificate();
            password = keys.keystorePassword().toCharArray();
        }
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(DATA).withHttps(EmulatorTls.keystore(keystore, password)))) {
            PartnerConnection connection = ForceWsc.connect(org);

            assertThat(org.certificate()).contains(expected);
            assertThat(connection.getUserInfo().getUserName()).isEqualTo(EmulatorSettings.DEFAULT_USERNAME);
        }
    }

    @Test
    void aKeystoreThatCannotBeReadIsNamedWithWhatItMustBe() throws Exception {
        Path notAKeystore = Files.writeString(dir.resolve("junk.p12"), "junk");

        assertThatThrownBy(() -> EmulatedOrg.start(EmulatorSettings.of(DATA).withHttps(EmulatorTls.keystore(notAKeystore, "x".toCharArray())))
                .close())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read the keystore " + notAKeystore + " (a JKS or PKCS12 file and its password)");
    }

    private static X509Certificate readPem(Path pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.add(t);
        }
        return all;
    }
}
