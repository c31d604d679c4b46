package dev.tiersync.emulator.pipeline;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.tiersync.emulator.faults.FaultInjector;
import dev.tiersync.emulator.org.OrgContext;
import java.util.Objects;

/**
 * The steps every API request passes, once, whatever its protocol: its protocol finds its route,
 * the call is counted, injected transport faults strike, the gate checks the session and the daily
 * limit, the route answers, and an injected delay holds the answer back. The protocols differ only
 * in their route tables and in how their answers look ({@link Protocol}).
 */
public final class RequestPipeline implements ResponseDefinitionTransformerV2 {

    private final Protocol protocol;
    private final CallCounter calls;
    private final ApiGate gate;
    private volatile OrgContext org;

    public RequestPipeline(Protocol protocol, CallCounter calls, ApiGate gate) {
        this.protocol = Objects.requireNonNull(protocol);
        this.calls = Objects.requireNonNull(calls);
        this.gate = Objects.requireNonNull(gate);
    }

    /** Connects the pipeline to the org once the server knows its address. */
    public void bind(OrgContext context) {
        this.org = Objects.requireNonNull(context);
    }

    @Override
    public String getName() {
        return protocol.name();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        OrgContext context = org;
        ApiCall call;
        try {
            call = protocol.resolve(serveEvent.getRequest(), context);
        } catch (Protocol.Rejected rejected) {
            return rejected.answer();
        }
        calls.record(call.name());
        FaultInjector.Transport transport = context.faults().transport();
        if (transport == FaultInjector.Transport.RESET) {
            return new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        if (transport == FaultInjector.Transport.UNAVAILABLE) {
            return protocol.unavailable();
        }
        long delay = context.faults().delay().toMillis();
        return delayed(answer(call, context), delay);
    }

    private ResponseDefinition answer(ApiCall call, OrgContext context) {
        ApiGate.Usage usage = null;
        try {
            if (call.gated()) {
                usage = gate.admit(call.sessionId(), context);
            }
        } catch (ApiGate.Refused refused) {
            return protocol.refused(refused);
        }
        try {
            return call.handler().answer(usage);
        } catch (RuntimeException e) {
            return protocol.failed(e, call, usage);
        }
    }

    private static ResponseDefinition delayed(ResponseDefinition response, long delayMillis) {
        if (delayMillis <= 0) {
            return response;
        }
        return ResponseDefinitionBuilder.like(response).but()
                .withFixedDelay((int) Math.min(Integer.MAX_VALUE, delayMillis)).build();
    }
}
