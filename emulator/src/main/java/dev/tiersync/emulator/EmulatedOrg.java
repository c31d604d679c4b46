package dev.tiersync.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import dev.tiersync.emulator.pipeline.RequestPipeline;
import dev.tiersync.emulator.soap.OrgContext;
import dev.tiersync.emulator.soap.QueryCursors;
import dev.tiersync.emulator.soap.Sessions;
import dev.tiersync.emulator.soap.SoapProtocol;
import dev.tiersync.emulator.soql.SoqlParser;
import dev.tiersync.emulator.store.Clocks;
import dev.tiersync.emulator.store.InMemoryOrgStore;
import dev.tiersync.emulator.store.Schema;
import java.util.List;

/** A running emulated org: a WireMock server on 127.0.0.1 speaking the SOAP Partner API 65.0. */
public final class EmulatedOrg implements AutoCloseable {

    private final WireMockServer server;
    private final InMemoryOrgStore store;
    private final CallCounter calls;

    private final WriteAudit audit;
    private final FaultInjector faults;

    private EmulatedOrg(WireMockServer server, InMemoryOrgStore store, CallCounter calls, WriteAudit audit,
                        FaultInjector faults) {
        this.server = server;
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
     * @throws IllegalArgumentException when the data does not fit the schema
     */
    public static EmulatedOrg start(EmulatorSettings settings) {
        Clocks clocks = new Clocks(settings.clock());
        InMemoryOrgStore store = new InMemoryOrgStore(Schema.standard(), clocks);
        settings.data().forEachRecord(store::insert);
        CallCounter calls = new CallCounter();
        ApiGate gate = new ApiGate();
        RequestPipeline soap = new RequestPipeline(new SoapProtocol(), calls, gate);
        RequestPipeline bulk = new RequestPipeline(new BulkProtocol(), calls, gate);
        Sessions sessions = new Sessions();
        TokenEndpoint tokens = new TokenEndpoint(sessions::open);
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .port(settings.port())
                .disableRequestJournal()
                .notifier(new Slf4jNotifier(false))
                .extensions(soap, tokens, bulk));
        server.start();
        server.stubFor(post(urlPathMatching("/services/Soap/u/65\\.0(/.*)?"))
                .willReturn(aResponse().withTransformers(SoapProtocol.NAME)));
        server.stubFor(any(urlPathMatching("/services/async/65\\.0/job.*"))
                .willReturn(aResponse().withTransformers(BulkProtocol.NAME)));
        server.stubFor(post(urlPathEqualTo("/services/oauth2/token"))
                .willReturn(aResponse().withTransformers(TokenEndpoint.NAME)));
        String baseUrl = "http://127.0.0.1:" + server.port();
        WriteAudit audit = new WriteAudit(settings.clock());
        FaultInjector faults = new FaultInjector(settings.faults());
        OrgContext context = new OrgContext(settings, store, sessions, new QueryCursors(), new SoqlParser(store.schema()),
                clocks, audit, faults, baseUrl);
        soap.bind(context);
        tokens.bind(context);
        bulk.bind(context);
        return new EmulatedOrg(server, store, calls, audit, faults);
    }

    public int port() {
        return server.port();
    }

    /** Scheme, host and port, such as {@code http://127.0.0.1:8085}. */
    public String loginUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The Bulk API 1.0 endpoint, {@code loginUrl() + "/services/async/65.0"}. */
    public String bulkEndpoint() {
        return loginUrl() + "/services/async/65.0";
    }

    /** The SOAP login endpoint, {@code loginUrl() + "/services/Soap/u/65.0"}. */
    public String authEndpoint() {
        return loginUrl() + OrgContext.API_PATH;
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

    /** Writes the org's records as Data Loader CSV files (Account.csv, Opportunity.csv, User.csv) into a folder. */
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
    }
}
