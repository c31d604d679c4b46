package dev.tiersync.salesforce.resilience;

import dev.tiersync.salesforce.CallGuard;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import java.util.function.Supplier;

/**
 * The call policy of one org on resilience4j (its instances from {@link GuardRegistry}): a rate limiter paces calls, a circuit breaker stops
 * hammering an org that keeps failing, and a retry with exponential backoff and jitter repeats calls
 * that failed for a transient reason. Only {@link SalesforceUnavailableException} is retried; a bad
 * request, a rejected login or a spent limit is not.
 */
final class Resilience4jGuard implements CallGuard {

    private final Retry retry;
    private final CircuitBreaker breaker;
    private final RateLimiter limiter;

    /** A guard around one org's retry, breaker and limiter, as {@link GuardRegistry} keeps them. */
    Resilience4jGuard(Retry retry, CircuitBreaker breaker, RateLimiter limiter) {
        this.retry = retry;
        this.breaker = breaker;
        this.limiter = limiter;
    }

    @Override
    public <T> T call(String action, Supplier<T> request) {
        Supplier<T> guarded = CircuitBreaker.decorateSupplier(breaker, RateLimiter.decorateSupplier(limiter, request));
        try {
            return Retry.decorateSupplier(retry, guarded).get();
        } catch (CallNotPermittedException e) {
            throw new SalesforceUnavailableException("CIRCUIT_OPEN", action + " refused: too many recent calls to the org "
                    + "failed, so calls are paused for a while", e);
        }
    }
}
