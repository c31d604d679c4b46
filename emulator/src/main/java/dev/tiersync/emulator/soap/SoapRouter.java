package dev.tiersync.emulator.soap;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.tiersync.emulator.faults.FaultInjector;
import dev.tiersync.emulator.xml.Envelopes;
import dev.tiersync.emulator.xml.SoapRequest;
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
    private static final Logger log = LoggerFactory.getLogger(SoapRouter.class);

    private final Map<String, SoapOperation> routes = SoapRoutes.standard();

    static final String MAINTENANCE_PAGE = "<html><head><title>Service Unavailable</title></head><body>"
            + "<h1>Down for maintenance</h1><p>The org is unavailable. Please try again later.</p></body></html>";

    private final CallCounter calls;
    private final ApiGate gate;
    private volatile OrgContext org;

    public SoapRouter(CallCounter calls, ApiGate gate) {
        this.calls = calls;
        this.gate = gate;
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
            request = SoapRequest.parse(RequestBodies.text(serveEvent.getRequest().getBody()));
        } catch (IllegalArgumentException e) {
            return respond(500, faultBody(new SoapFault("Client", e.getMessage(), "UnexpectedErrorFault")));
        }
        String operation = request.operationName();
        calls.record(operation);
        FaultInjector.Transport transport = org.faults().transport();
        if (transport == FaultInjector.Transport.RESET) {
            return new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        if (transport == FaultInjector.Transport.UNAVAILABLE) {
            return new ResponseDefinitionBuilder().withStatus(503).withHeader("Content-Type", "text/html;charset=UTF-8")
                    .withBody(MAINTENANCE_PAGE).build();
        }
        long delay = org.faults().delay().toMillis();
        try {
            SoapOperation handler = routes.get(operation);
            if (handler == null) {
                throw SoapFault.unexpected("UNKNOWN_EXCEPTION", "the emulator does not implement " + operation);
            }
            boolean login = operation.equals("login");
            Envelopes.ApiUsage usage = null;
            if (!login) {
                usage = admit(request);
            }
            String result = handler.handle(request, org);
            return respond(200, Envelopes.response(operation, result, usage), delay);
        } catch (SoapFault fault) {
            return respond(500, faultBody(fault), delay);
        } catch (RuntimeException e) {
            log.error("emulator failed on {}", operation, e);
            return respond(500, faultBody(SoapFault.unexpected("UNKNOWN_EXCEPTION", "emulator error: " + e)), delay);
        }
    }

    private Envelopes.ApiUsage admit(SoapRequest request) {
        try {
            ApiGate.Usage usage = gate.admit(request.sessionId(), org);
            return new Envelopes.ApiUsage(usage.current(), usage.limit());
        } catch (ApiGate.Refused refused) {
            String code = refused.reason() == ApiGate.Refusal.INVALID_SESSION ? "INVALID_SESSION_ID" : "REQUEST_LIMIT_EXCEEDED";
            throw SoapFault.unexpected(code, refused.getMessage());
        }
    }

    private static String faultBody(SoapFault fault) {
        return Envelopes.fault(fault.code(), fault.getMessage(), fault.detailType(), fault.position());
    }

    private static ResponseDefinition respond(int status, String xml) {
        return respond(status, xml, 0);
    }

    private static ResponseDefinition respond(int status, String xml, long delayMillis) {
        ResponseDefinitionBuilder response = new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(xml);
        if (delayMillis > 0) {
            response.withFixedDelay((int) Math.min(Integer.MAX_VALUE, delayMillis));
        }
        return response.build();
    }
}
