package dev.tiersync.salesforce.resilience;

import dev.tiersync.salesforce.CallGuard;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call policy of one org on resilience4j: a rate limiter paces calls, a circuit breaker stops
 * hammering an org that keeps failing, and a retry with exponential backoff and jitter repeats calls
 * that failed for a transient reason. Only {@link SalesforceUnavailableException} is retried; a bad
 * request, a rejected login or a spent limit is not.
 */
public final class Resilience4jGuard implements CallGuard {

    private static final Logger log = LoggerFactory.getLogger(Resilience4jGuard.class);

    private final Retry retry;
    private final CircuitBreaker breaker;
    private final RateLimiter limiter;

    public Resilience4jGuard(String org, ResilienceSettings settings) {
        this.retry = Retry.of("salesforce-" + org, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                        Math.max(1, settings.initialBackoff().toMillis()), 2.0, 0.5))
                .retryExceptions(SalesforceUnavailableException.class)
                .build());
        this.breaker = CircuitBreaker.of("salesforce-" + org, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .waitDurationInOpenState(settings.openFor())
                .recordExceptions(SalesforceUnavailableException.class)
                .build());
        this.limiter = RateLimiter.of("salesforce-" + org, RateLimiterConfig.custom()
                .limitForPeriod(settings.callsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofMinutes(1))
                .build());
        retry.getEventPublisher().onRetry(event -> log.info("retrying {} (attempt {}) after {}: {}", event.getName(),
                event.getNumberOfRetryAttempts() + 1, event.getWaitInterval(),
                event.getLastThrowable() == null ? "" : event.getLastThrowable().getMessage()));
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
