package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.tiersync.emulator.pipeline.ApiCall;
import dev.tiersync.emulator.pipeline.ApiGate;
import dev.tiersync.emulator.pipeline.ApiPaths;
import dev.tiersync.emulator.org.ApiVersion;
import dev.tiersync.emulator.pipeline.Protocol;
import dev.tiersync.emulator.xml.Envelopes;
import dev.tiersync.emulator.xml.SoapRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOAP Partner API in the request pipeline: the operation its body names finds its handler in
 * {@link SoapRoutes}; faults go out with HTTP 500, as Salesforce sends them. Every version from
 * {@value ApiVersion#OLDEST}.0 to {@value ApiVersion#LATEST}.0 is served at {@code /services/Soap/u/VERSION};
 * another version gets {@code UNSUPPORTED_API_VERSION}.
 */
public final class SoapProtocol implements Protocol {

    public static final String NAME = "tiersync-soap";
    private static final Logger log = LoggerFactory.getLogger(SoapProtocol.class);

    static final String MAINTENANCE_PAGE = "<html><head><title>Service Unavailable</title></head><body>"
            + "<h1>Down for maintenance</h1><p>The org is unavailable. Please try again later.</p></body></html>";

    private final Map<String, SoapOperation> routes = SoapRoutes.standard();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ApiCall resolve(Request request, OrgContext context) {
        String segment = ApiPaths.split(ApiPaths.normalise(request.getUrl()), OrgContext.SOAP_ROOT)
                .map(ApiPaths.Versioned::version).orElse("");
        ApiVersion version = ApiVersion.served(segment).orElseThrow(() -> new Rejected(respond(500, faultBody(
                SoapFault.unexpected("UNSUPPORTED_API_VERSION", "Invalid Api version specified on URL")))));
        OrgContext org = context.atVersion(version);
        SoapRequest soap;
        try {
            soap = SoapRequest.parse(RequestBodies.text(request.getBody()));
        } catch (IllegalArgumentException e) {
            throw new Rejected(respond(500, faultBody(new SoapFault("Client", e.getMessage(), "UnexpectedErrorFault"))));
        }
        String operation = soap.operationName();
        SoapOperation handler = routes.get(operation);
        if (handler == null) {
            return new ApiCall(operation, null, false, usage -> {
                throw SoapFault.unexpected("UNKNOWN_EXCEPTION", "the emulator does not implement " + operation);
            });
        }
        return new ApiCall(operation, soap.sessionId(), handler.needsSession(), usage -> respond(200,
                Envelopes.response(operation, handler.handle(soap, org),
                        usage == null ? null : new Envelopes.ApiUsage(usage.current(), usage.limit()))));
    }

    @Override
    public ResponseDefinition unavailable() {
        return new ResponseDefinitionBuilder().withStatus(503).withHeader("Content-Type", "text/html;charset=UTF-8")
                .withBody(MAINTENANCE_PAGE).build();
    }

    @Override
    public ResponseDefinition refused(ApiGate.Refused refused) {
        String code = refused.reason() == ApiGate.Refusal.INVALID_SESSION ? "INVALID_SESSION_ID" : "REQUEST_LIMIT_EXCEEDED";
        return respond(500, faultBody(SoapFault.unexpected(code, refused.getMessage())));
    }

    @Override
    public ResponseDefinition failed(RuntimeException error, ApiCall call, ApiGate.Usage usage) {
        if (error instanceof SoapFault fault) {
            return respond(500, faultBody(fault));
        }
        log.error("emulator failed on {}", call.name(), error);
        return respond(500, faultBody(SoapFault.unexpected("UNKNOWN_EXCEPTION", "emulator error: " + error)));
    }

    private static String faultBody(SoapFault fault) {
        return Envelopes.fault(fault.code(), fault.getMessage(), fault.detailType(), fault.position());
    }

    static ResponseDefinition respond(int status, String xml) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(xml)
                .build();
    }
}
