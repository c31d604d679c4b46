package dev.tiersync.emulator.bulk;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.tiersync.emulator.pipeline.ApiCall;
import dev.tiersync.emulator.pipeline.ApiGate;
import dev.tiersync.emulator.pipeline.ApiPaths;
import dev.tiersync.emulator.org.ApiVersion;
import dev.tiersync.emulator.pipeline.Protocol;
import dev.tiersync.emulator.org.OrgContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk API 1.0 in the request pipeline, as force-wsc's BulkConnection calls it, under
 * {@code /services/async/VERSION/job}: the method and path find their operation in {@link BulkRoutes}.
 * Every call needs the X-SFDC-Session header (the session id, or {@code Bearer} and the id, as Data
 * Loader sends it) and counts as one API request; every answer carries {@code Sforce-Limit-Info}. A
 * version the org does not serve gets {@code InvalidVersion}.
 */
public final class BulkProtocol implements Protocol {

    public static final String NAME = "tiersync-bulk";
    private static final String BEARER = "Bearer ";
    private static final Logger log = LoggerFactory.getLogger(BulkProtocol.class);

    private final BulkRoutes routes = BulkRoutes.standard(new BulkJobs());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ApiCall resolve(Request request, OrgContext context) {
        ApiPaths.Versioned versioned = ApiPaths.split(ApiPaths.normalise(request.getUrl()), OrgContext.BULK_ROOT)
                .orElse(new ApiPaths.Versioned("", ""));
        ApiVersion version = ApiVersion.served(versioned.version()).orElseThrow(() -> new Rejected(respond(
                BulkAnswer.xml(400, BulkXml.error("InvalidVersion", "Invalid api version specified on URL")), null)));
        OrgContext org = context.atVersion(version);
        String path = versioned.rest();
        String session = sessionId(request.getHeader("X-SFDC-Session"));
        return routes.find(request.getMethod(), path)
                .map(match -> new ApiCall(match.route().callName(), session, true,
                        usage -> respond(match.route().operation().handle(new BulkRequest(request, match.params(), org)), usage)))
                .orElseGet(() -> new ApiCall("bulk " + request.getMethod() + " job", session, true, usage -> {
                    throw new BulkException(404, "InvalidUrl", "Unknown Bulk API resource " + request.getUrl());
                }));
    }

    /** The session id of the header, with or without the {@code Bearer} scheme. */
    static String sessionId(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        return value.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? value.substring(BEARER.length()).strip() : value;
    }

    @Override
    public ResponseDefinition unavailable() {
        return new ResponseDefinitionBuilder().withStatus(503).withHeader("Content-Type", "text/html").withBody("Service Unavailable").build();
    }

    @Override
    public ResponseDefinition refused(ApiGate.Refused refused) {
        boolean session = refused.reason() == ApiGate.Refusal.INVALID_SESSION;
        return respond(BulkAnswer.xml(session ? 400 : 403, BulkXml.error(session ? "InvalidSessionId" : "ExceededQuota",
                session ? "Invalid session id" : refused.getMessage())), null);
    }

    @Override
    public ResponseDefinition failed(RuntimeException error, ApiCall call, ApiGate.Usage usage) {
        if (error instanceof BulkException e) {
            return respond(BulkAnswer.xml(e.status, BulkXml.error(e.code, e.getMessage())), usage);
        }
        log.error("emulator failed on {}", call.name(), error);
        return respond(BulkAnswer.xml(500, BulkXml.error("InternalServerError", "emulator error: " + error)), usage);
    }

    private static ResponseDefinition respond(BulkAnswer answer, ApiGate.Usage usage) {
        ResponseDefinitionBuilder response = new ResponseDefinitionBuilder().withStatus(answer.status())
                .withHeader("Content-Type", answer.contentType()).withBody(answer.body());
        if (usage != null) {
            response.withHeader("Sforce-Limit-Info", "api-usage=" + usage.current() + "/" + usage.limit());
        }
        return response.build();
    }
}
