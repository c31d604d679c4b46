package dev.tiersync.endtoend;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.EmulatorTls;
import dev.tiersync.emulator.FaultPlan;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.salesforce.CallGuard;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.SalesforceRequestException;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.salesforce.resilience.GuardRegistry;
import dev.tiersync.salesforce.wsc.WscOrgConnector;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.salesforce.wsc.WscTrust;
import dev.tiersync.sync.InMemorySnapshotStore;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import dev.tiersync.sync.SyncStatus;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TierSync's own transport for force-wsc (java.net.http, which never re-sends a request by itself),
 * its TLS trust setting, and the failures no retry can mend, which fail on the first attempt with a hint.
 */
class TlsAndTransportTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final int ACCOUNTS = 300;
    /** The session's logout, sent when the run closes it; the report counts it too. */
    private static final int LOGOUT = 1;

    @TempDir
    Path dir;

    private EmulatedOrg org;
    private WireMockServer notSalesforce;

    @AfterEach
    void stop() {
        if (org != null) {
            org.close();
        }
        if (notSalesforce != null) {
            notSalesforce.stop();
        }
    }

    @Test
    void aSyncOverTlsAgainstAnHttpsOrgTrustedThroughTheSettingSucceedsBySoapAndBulk() {
        Path pem = dir.resolve("org.pem");
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 11, AS_OF))
                .withHttps(EmulatorTls.selfSigned().writingCertificateTo(pem)));
        WscSettings trusting = WscSettings.defaults().withTrust(WscTrust.certificateFile(pem));

        SyncReport soap = run(SyncHarness.connector(trusting), SyncSettings.defaults(), new InMemorySnapshotStore());
        SyncReport bulk = run(SyncHarness.connector(smallPages(trusting.trust())), SyncSettings.custom().bulkThresholds(100, 100).build(),
                new InMemorySnapshotStore());

        assertThat(org.loginUrl()).startsWith("https://");
        assertThat(soap.status()).as(String.valueOf(soap.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(soap.writes().accounts()).isEqualTo(ACCOUNTS);
        assertThat(bulk.status()).as(String.valueOf(bulk.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(bulk.pull().accountRoute().bulk()).isTrue();
        assertThat(bulk.assessed().accounts()).isEqualTo(ACCOUNTS);
    }

    @Test
    void aPkcs12TrustStoreHoldingTheOrgsCertificateIsTrustedToo() throws Exception {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(20, 11, AS_OF)).withHttps(EmulatorTls.selfSigned()));
        Path trustStore = dir.resolve("trust.p12");
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("org", org.certificate().orElseThrow());
        try (var out = java.nio.file.Files.newOutputStream(trustStore)) {
            store.store(out, "changeit".toCharArray());
        }
        OrgConnector connector = SyncHarness.connector(WscSettings.defaults().withTrust(WscTrust.trustStore(trustStore, "changeit".toCharArray())));

        try (var session = connector.open(SyncHarness.credentials(org))) {
            assertThat(session.orgId()).isEqualTo(org.orgId());
        }
    }

    @Test
    void aTrustFileThatCannotBeReadIsNamedAtStartUp() throws Exception {
        Path notPem = java.nio.file.Files.writeString(dir.resolve("org.pem"), "not a certificate");

        assertThatThrownBy(() -> WscTrust.certificateFile(notPem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read the certificate file " + notPem + " (PEM, -----BEGIN CERTIFICATE-----)");
        assertThatThrownBy(() -> WscTrust.trustStore(dir.resolve("missing.p12"), "x".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read the trust store " + dir.resolve("missing.p12") + " (a JKS or PKCS12 file and its password)");
    }

    @Test
    void anUntrustedCertificateFailsOnTheFirstAttemptWithOneClearLine() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(20, 11, AS_OF)).withHttps(EmulatorTls.selfSigned()));
        AtomicInteger attempts = new AtomicInteger();

        SyncReport report = run(countingConnector(WscSettings.defaults(), attempts), SyncSettings.defaults(), new InMemorySnapshotStore());

        assertThat(report.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(report.run().error()).contains("the server's TLS certificate is not trusted", "trust its certificate with the trust store setting")
                .doesNotContain("\n");
        assertThat(attempts).hasValue(1);
        assertThat(org.calls().total()).isZero();
    }

    @Test
    void theOrgCountsExactlyTheCallsTierSyncCountsWhenConnectionsAreResetOverSoap() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 11, AS_OF))
                .withFaults(FaultPlan.none().withResets(0.2).withSeed(3)));

        SyncReport report = run(SyncHarness.connector(WscSettings.defaults()), SyncSettings.defaults(), new InMemorySnapshotStore());

        assertThat(report.status()).as(String.valueOf(report.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(org.calls().count("logout")).isEqualTo(LOGOUT);
        assertThat(org.calls().total()).as("calls the org saw are the calls the run counted, its logout included")
                .isEqualTo(report.api().calls()).isGreaterThan(5);
    }

    @Test
    void theOrgCountsExactlyTheCallsTierSyncCountsWhenConnectionsAreResetOverBulk() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(ACCOUNTS, 11, AS_OF))
                .withFaults(FaultPlan.none().withResets(0.2).withSeed(5)));

        SyncReport report = run(SyncHarness.connector(smallPages(WscTrust.systemDefault())), SyncSettings.custom().bulkThresholds(100, 100).build(),
                new InMemorySnapshotStore());

        assertThat(report.status()).as(String.valueOf(report.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(report.pull().accountRoute().bulk()).isTrue();
        assertThat(org.calls().count("bulk POST job") + org.calls().count("bulk POST batch")).isPositive();
        assertThat(org.calls().total()).as("calls the org saw are the calls the run counted, its logout included")
                .isEqualTo(report.api().calls());
    }

    @Test
    void anUnknownHostFailsOnTheFirstAttemptWithAHint() {
        assertFailsAtOnce(URI.create("https://no-such-host.invalid"), "the host is not known", "check the login URL");
    }

    @Test
    void anHttp404FromAServerThatIsNotSalesforceFailsOnTheFirstAttemptWithAHint() {
        notSalesforce = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        notSalesforce.start();

        assertFailsAtOnce(URI.create("http://127.0.0.1:" + notSalesforce.port()), "HTTP 404", "that server is not Salesforce");
    }

    @Test
    void aWebServerThatDoesNotTakeThePostFailsOnTheFirstAttemptWithAHint() {
        notSalesforce = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        notSalesforce.start();
        notSalesforce.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(501)
                        .withHeader("Content-Type", "text/html").withBody("<html><body>Unsupported method</body></html>")));

        assertFailsAtOnce(URI.create("http://127.0.0.1:" + notSalesforce.port()), "HTTP 501", "that server is not Salesforce");
    }

    @Test
    void tlsAgainstAPlainHttpPortFailsOnTheFirstAttemptWithAHint() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(5, 11, AS_OF)));

        assertFailsAtOnce(URI.create(org.loginUrl().replace("http://", "https://")), "does not speak TLS on that port",
                "use http://");
    }

    private void assertFailsAtOnce(URI loginUrl, String... hints) {
        AtomicInteger attempts = new AtomicInteger();
        OrgConnector connector = countingConnector(WscSettings.defaults(), attempts);
        OrgAccess credentials = new OrgAccess("test", new OrgCredentials(loginUrl, EmulatorSettings.DEFAULT_USERNAME,
                Secret.of(EmulatorSettings.DEFAULT_PASSWORD)));

        assertThatThrownBy(() -> connector.open(credentials)).isInstanceOf(SalesforceRequestException.class)
                .hasMessageContainingAll(hints)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(attempts).as("attempts").hasValue(1);
    }

    /** The project's retrying guard, counting how often it sends the request. */
    private static OrgConnector countingConnector(WscSettings settings, AtomicInteger attempts) {
        GuardRegistry guards = new GuardRegistry(SyncHarness.FAST_RETRIES);
        return new WscOrgConnector(settings, org -> new CallGuard() {
            private final CallGuard retrying = guards.guard(org);

            @Override
            public <T> T call(String action, Supplier<T> request) {
                return retrying.call(action, () -> {
                    attempts.incrementAndGet();
                    return request.get();
                });
            }
        });
    }

    /** Pages of 200, so a pull of a few hundred accounts switches to Bulk after its first page. */
    private static WscSettings smallPages(WscTrust trust) {
        return new WscSettings(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(30), 200, 250, trust);
    }

    private SyncReport run(OrgConnector connector, SyncSettings settings, InMemorySnapshotStore store) {
        return SyncHarness.job(connector, Clock.systemUTC(), settings, store).run(SyncHarness.credentials(org), new SyncRequest(AS_OF, false));
    }
}
