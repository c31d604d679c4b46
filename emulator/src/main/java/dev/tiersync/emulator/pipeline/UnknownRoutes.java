package dev.tiersync.emulator.pipeline;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.tiersync.emulator.xml.Envelopes;
import dev.tiersync.emulator.xml.Xml;

/**
 * Answers a path the org has no route for in the shape a client of that path parses, as Salesforce
 * does: a SOAP fault under {@code /services/Soap}, a Bulk {@code <error>} under {@code /services/async},
 * and a JSON error list anywhere else; never a web server's plain-text page. Not an API call.
 */
public final class UnknownRoutes implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "tiersync-unknown-route";
    static final String MESSAGE = "The requested resource does not exist";

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
        String path = ApiPaths.normalise(serveEvent.getRequest().getUrl());
        String described = MESSAGE + ": " + serveEvent.getRequest().getMethod() + " " + path;
        if (path.startsWith("/services/Soap/")) {
            return answer("text/xml;charset=UTF-8", Envelopes.fault("UNKNOWN_EXCEPTION", described, "UnexpectedErrorFault", null));
        }
        if (path.startsWith("/services/async/")) {
            return answer("application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><error\n   xmlns=\""
                    + "http://www.force.com/2009/06/asyncapi/dataload\">\n <exceptionCode>InvalidUrl</exceptionCode>\n"
                    + " <exceptionMessage>" + Xml.escape(described) + "</exceptionMessage>\n</error>");
        }
        return answer("application/json;charset=UTF-8", "[{\"message\":\"" + MESSAGE + "\",\"errorCode\":\"NOT_FOUND\"}]");
    }

    private static ResponseDefinition answer(String contentType, String body) {
        return new ResponseDefinitionBuilder().withStatus(404).withHeader("Content-Type", contentType).withBody(body).build();
    }
}
