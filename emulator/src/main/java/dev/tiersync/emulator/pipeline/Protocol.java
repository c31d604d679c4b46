package dev.tiersync.emulator.pipeline;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.tiersync.emulator.org.OrgContext;

/**
 * A wire protocol's half of the {@link RequestPipeline}: how its requests find their route in the
 * protocol's route table, and how its answers to the pipeline's cross-cutting refusals look.
 */
public interface Protocol {

    /** The WireMock transformer name the protocol's stubs use. */
    String name();

    /**
     * Finds the route a request asks for.
     *
     * @throws Rejected for a request too malformed to count as an API call
     */
    ApiCall resolve(Request request, OrgContext org);

    /** The answer of an org down for maintenance. */
    ResponseDefinition unavailable();

    /** The answer to a call the gate refused: no valid session, or the daily limit reached. */
    ResponseDefinition refused(ApiGate.Refused refused);

    /**
     * The answer to a call whose route failed.
     *
     * @param usage the API usage after the call, or null when it was not gated
     */
    ResponseDefinition failed(RuntimeException error, ApiCall call, ApiGate.Usage usage);

    /** A request answered before it reaches the pipeline's steps, such as a body that is not XML. */
    final class Rejected extends RuntimeException {

        private final transient ResponseDefinition answer;

        public Rejected(ResponseDefinition answer) {
            super(null, null, false, false);
            this.answer = answer;
        }

        public ResponseDefinition answer() {
            return answer;
        }
    }
}
