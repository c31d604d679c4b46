package dev.tiersync.salesforce;

import java.util.function.Supplier;

/**
 * Runs each call to Salesforce under a policy: retries of transient failures, circuit breaking, rate
 * limiting. Adapters call every request through it; a call that still fails throws a
 * {@link SalesforceException}.
 */
@FunctionalInterface
public interface CallGuard {

    /** No policy: one attempt. */
    CallGuard NONE = new CallGuard() {
        @Override
        public <T> T call(String action, Supplier<T> request) {
            return request.get();
        }
    };

    /** @param action what the call does, for logs and messages, such as "query Account" */
    <T> T call(String action, Supplier<T> request);
}
