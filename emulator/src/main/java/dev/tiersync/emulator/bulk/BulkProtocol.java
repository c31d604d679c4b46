package dev.tiersync.emulator.bulk;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.tiersync.emulator.pipeline.ApiCall;
import dev.tiersync.emulator.pipeline.ApiGate;
import dev.tiersync.emulator.pipeline.Protocol;
import dev.tiersync.emulator.soap.OrgContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk API 1.0 in the request pipeline, as force-wsc's BulkConnection calls it, under
 * {@code /services/async/65.0/job}: the method and path find their operation in {@link BulkRoutes}.
 * Every call needs the X-SFDC-Session header and counts as one API request; every answer carries
 * {@code Sforce-Limit-Info}.
 */
public final class BulkProtocol implements Protocol {

    public static final String NAME = "tiersync-bulk";
    static final String ROOT = "/services/async/65.0";
    private static final Logger log = LoggerFactory.getLogger(BulkProtocol.class);

    private final BulkRoutes routes = BulkRoutes.standard(new BulkJobs());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ApiCall resolve(Request request, OrgContext org) {
        String path = relativePath(request.getUrl());
        String session = request.getHeader("X-SFDC-Session");
        return routes.find(request.getMethod(), path)
                .map(match -> new ApiCall(match.route().callName(), session, true,
                        usage -> respond(match.route().operation().handle(new BulkRequest(request, match.params(), org)), usage)))
                .orElseGet(() -> new ApiCall("bulk " + request.getMethod() + " job", session, true, usage -> {
                    throw new BulkException(404, "InvalidUrl", "Unknown Bulk API resource " + request.getUrl());
                }));
    }

    /** The path below the versioned root, without query, repeated or trailing slashes. */
    static String relativePath(String url) {
        String path = url.split("\\?", 2)[0].replaceAll("/{2,}", "/");
        if (path.startsWith(ROOT)) {
            path = path.substring(ROOT.length());
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
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
