package dev.tiersync.emulator.pipeline;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Objects;

/**
 * One request as its protocol understood it: the name it is counted under, the session it claims,
 * whether it must pass the {@link ApiGate}, and what answers it.
 *
 * @param name the operation, as {@link CallCounter} counts it
 * @param sessionId the session id the request carries, or null
 * @param gated whether the call needs a valid session and counts against the daily limit
 * @param handler the route that answers it
 */
public record ApiCall(String name, String sessionId, boolean gated, Handler handler) {

    /** Answers a call once the pipeline has let it through. */
    @FunctionalInterface
    public interface Handler {

        /**
         * @param usage the API usage after this call, or null for a call that is not gated
         * @throws RuntimeException a protocol's own error, which {@link Protocol#failed} answers
         */
        ResponseDefinition answer(ApiGate.Usage usage);
    }

    public ApiCall {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
    }
}
