package dev.tiersync.emulator.soap;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Gzip;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.tiersync.emulator.xml.Envelopes;
import dev.tiersync.emulator.xml.SoapRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers SOAP requests: checks the session, counts the call, and hands the request to the
 * operation its body names, through a route table. Faults go out with HTTP 500, as Salesforce
 * sends them.
 */
public final class SoapRouter implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "tiersync-soap";
    static final int DAILY_LIMIT = 15_000;
    private static final Logger log = LoggerFactory.getLogger(SoapRouter.class);

    private final Map<String, SoapOperation> routes = Map.of(
            "login", new LoginHandler(),
            "logout", new LogoutHandler(),
            "getUserInfo", new GetUserInfoHandler(),
            "query", new QueryHandler(false),
            "queryAll", new QueryHandler(true),
            "queryMore", new QueryMoreHandler(),
            "update", new UpdateHandler());
    private final CallCounter calls;
    private volatile OrgContext org;

    public SoapRouter(CallCounter calls) {
        this.calls = calls;
    }

    /** Connects the router to the org once the server knows its address. */
    public void bind(OrgContext org) {
        this.org = Objects.requireNonNull(org);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        SoapRequest request;
        try {
            request = SoapRequest.parse(body(serveEvent.getRequest().getBody()));
        } catch (IllegalArgumentException e) {
            return respond(500, faultBody(new SoapFault("Client", e.getMessage(), "UnexpectedErrorFault")));
        }
        String operation = request.operationName();
        int total = calls.record(operation);
        try {
            SoapOperation handler = routes.get(operation);
            if (handler == null) {
                throw SoapFault.unexpected("UNKNOWN_EXCEPTION", "the emulator does not implement " + operation);
            }
            boolean login = operation.equals("login");
            if (!login && !org.sessions().isActive(request.sessionId())) {
                throw SoapFault.unexpected("INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader: Illegal Session");
            }
            String result = handler.handle(request, org);
            return respond(200, Envelopes.response(operation, result, login ? null : new Envelopes.ApiUsage(total, DAILY_LIMIT)));
        } catch (SoapFault fault) {
            return respond(500, faultBody(fault));
        } catch (RuntimeException e) {
            log.error("emulator failed on {}", operation, e);
            return respond(500, faultBody(SoapFault.unexpected("UNKNOWN_EXCEPTION", "emulator error: " + e)));
        }
    }

    private static String body(byte[] raw) {
        boolean gzipped = raw.length > 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
        return gzipped ? Gzip.unGzipToString(raw) : new String(raw, StandardCharsets.UTF_8);
    }

    private static String faultBody(SoapFault fault) {
        return Envelopes.fault(fault.code(), fault.getMessage(), fault.detailType(), fault.position());
    }

    private static ResponseDefinition respond(int status, String xml) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(xml)
                .build();
    }
}
