package dev.tiersync.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.tiersync.emulator.audit.WriteAudit;
import dev.tiersync.emulator.bulk.BulkProtocol;
import dev.tiersync.emulator.faults.FaultInjector;
import dev.tiersync.emulator.oauth.TokenEndpoint;
import dev.tiersync.emulator.pipeline.ApiGate;
import dev.tiersync.emulator.pipeline.CallCounter;
import dev.tiersync.emulator.org.ApiVersion;
import dev.tiersync.emulator.pipeline.RequestPipeline;
import dev.tiersync.emulator.pipeline.UnknownRoutes;
import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.org.QueryCursors;
import dev.tiersync.emulator.org.Sessions;
import dev.tiersync.emulator.soap.SoapProtocol;
import dev.tiersync.emulator.soql.SoqlParser;
import dev.tiersync.emulator.store.Clocks;
import dev.tiersync.emulator.store.InMemoryOrgStore;
import dev.tiersync.emulator.store.Schema;
import dev.tiersync.emulator.tls.ServerKeys;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A running emulated org: a WireMock server on 127.0.0.1, over HTTP or HTTPS, speaking the SOAP Partner
 * API and Bulk API 1.0 of versions 31.0 to 65.0 as force-wsc and Data Loader call them.
 */
public final class EmulatedOrg implements AutoCloseable {

    private final WireMockServer server;
    private final InMemoryOrgStore store;
    private final CallCounter calls;

    private final WriteAudit audit;
    private final FaultInjector faults;

    private final ServerKeys keys;
    private final String baseUrl;

    private EmulatedOrg(WireMockServer server, InMemoryOrgStore store, CallCounter calls, WriteAudit audit,
                        FaultInjector faults, ServerKeys keys, String baseUrl) {
        this.server = server;
        this.keys = keys;
        this.baseUrl = baseUrl;
        this.store = store;
        this.calls = calls;
        this.audit = audit;
        this.faults = faults;
    }

    /** Replaces the failures to inject from now on, with the plan's seed starting afresh. */
    public void injectFaults(FaultPlan plan) {
        faults.replace(plan);
    }

    /**
     * Loads the data and starts serving.
     *
     * @throws IllegalArgumentException when the data does not fit the schema, or a keystore cannot be read
     */
    public static EmulatedOrg start(EmulatorSettings settings) {
        Clocks clocks = new Clocks(settings.clock());
        Schema schema = Schema.standard();
        settings.picklists().forEach(p -> schema.deployPicklist(p.object(), p.field(), p.values()));
        settings.deniedObjects().forEach(schema::deny);
        InMemoryOrgStore store = new InMemoryOrgStore(schema, clocks);
        settings.data().forEachRecord((type, row) -> {
            if (schema.object(type).isPresent() || !schema.isDenied(type)) {
                store.insert(type, row);
            }
        });
        CallCounter calls = new CallCounter();
        ApiGate gate = new ApiGate();
        RequestPipeline soap = new RequestPipeline(new SoapProtocol(), calls, gate);
        RequestPipeline bulk = new RequestPipeline(new BulkProtocol(), calls, gate);
        Sessions sessions = new Sessions();
        TokenEndpoint tokens = new TokenEndpoint(sessions::open);
        // a TLS client checks a certificate against the wall clock, whatever the org's own clock says
        ServerKeys keys = settings.tls().enabled() ? ServerKeys.prepare(settings.tls(), Clock.systemUTC()) : null;
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .disableRequestJournal()
                // WireMock otherwise formats every request and answer for its notifier, the answer's body as JSON,
                // even when the notifier prints nothing: profiling showed it as a fifth of the org's time on each page
                .stubRequestLoggingDisabled(true)
                .notifier(new Slf4jNotifier(false))
                .extensions(soap, tokens, bulk, new UnknownRoutes());
        if (keys != null) {
            options.httpDisabled(true).httpsPort(settings.port()).keystoreType("PKCS12")
                    .keystorePath(keys.keystoreFile().toString()).keystorePassword(keys.keystorePassword())
                    .keyManagerPassword(keys.keystorePassword());
        } else {
            options.port(settings.port());
        }
        WireMockServer server = new WireMockServer(options);
        try {
            server.start();
        } catch (RuntimeException e) {
            if (keys != null) {
                keys.close();
            }
            throw e;
        }
        server.stubFor(post(urlPathMatching("/+services/+Soap/+u(/.*)?"))
                .willReturn(aResponse().withTransformers(SoapProtocol.NAME)));
        server.stubFor(any(urlPathMatching("/+services/+async(/.*)?"))
                .willReturn(aResponse().withTransformers(BulkProtocol.NAME)));
        server.stubFor(post(urlPathMatching("/+services/+oauth2/+token/?"))
                .willReturn(aResponse().withTransformers(TokenEndpoint.NAME)));
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(UnknownRoutes.NAME)));
        String baseUrl = (keys != null ? "https" : "http") + "://127.0.0.1:" + (keys != null ? server.httpsPort() : server.port());
        WriteAudit audit = new WriteAudit(settings.clock());
        FaultInjector faults = new FaultInjector(settings.faults());
        OrgContext context = new OrgContext(settings, store, sessions, new QueryCursors(), new SoqlParser(store.schema()),
                clocks, audit, faults, baseUrl, ApiVersion.latest());
        soap.bind(context);
        tokens.bind(context);
        bulk.bind(context);
        return new EmulatedOrg(server, store, calls, audit, faults, keys, baseUrl);
    }

    public int port() {
        return URI.create(baseUrl).getPort();
    }

    /** Scheme, host and port, such as {@code http://127.0.0.1:8085} or {@code https://127.0.0.1:8443}. */
    public String loginUrl() {
        return baseUrl;
    }

    /** The Bulk API 1.0 endpoint of the latest version, {@code loginUrl() + "/services/async/65.0"}. */
    public String bulkEndpoint() {
        return loginUrl() + OrgContext.BULK_ROOT + ApiVersion.latest();
    }

    /** The SOAP login endpoint of the latest version, {@code loginUrl() + "/services/Soap/u/65.0"}. */
    public String authEndpoint() {
        return loginUrl() + OrgContext.API_PATH;
    }

    /** The certificate an HTTPS org serves; empty for plain HTTP. */
    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(keys).map(ServerKeys::certificate);
    }

    /** The certificate an HTTPS org serves, as PEM text; empty for plain HTTP. */
    public Optional<String> certificatePem() {
        return Optional.ofNullable(keys).map(ServerKeys::certificatePem);
    }

    /** The org's id, as login hands it out at the end of the server URL. */
    public String orgId() {
        return OrgContext.orgIdFor(port());
    }

    public OrgStore store() {
        return store;
    }

    public CallLog calls() {
        return calls;
    }

    /** Writes the org's records as Data Loader CSV files, one per object that has records (Account.csv and Opportunity.csv always), into a folder. */
    public void exportCsv(java.nio.file.Path dir) {
        dev.tiersync.emulator.data.CsvOrgExporter.export(store, dir);
    }

    /** Every value written through the API so far, oldest first. */
    public List<AuditEntry> audit() {
        return audit.entries();
    }

    @Override
    public void close() {
        server.stop();
        if (keys != null) {
            keys.close();
        }
    }
}
