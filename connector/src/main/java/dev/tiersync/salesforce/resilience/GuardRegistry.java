package dev.tiersync.salesforce.resilience;

import dev.tiersync.salesforce.CallGuard;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call policy of every org, by its configured name, in resilience4j's registries: each org keeps one
 * retry, one circuit breaker and one rate limiter for the life of the process, so a breaker opened by one
 * run is still open for the next, and two orgs on one login host never share one.
 */
public final class GuardRegistry {

    private static final Logger log = LoggerFactory.getLogger(GuardRegistry.class);

    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;
    private final RateLimiterRegistry limiters;

    public GuardRegistry(ResilienceSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                        Math.max(1, settings.initialBackoff().toMillis()), 2.0, 0.5))
                .retryExceptions(SalesforceUnavailableException.class)
                .build());
        retries.getEventPublisher().onEntryAdded(added -> added.getAddedEntry().getEventPublisher().onRetry(event ->
                log.info("retrying {} (attempt {}) after {}: {}", event.getName(), event.getNumberOfRetryAttempts() + 1,
                        event.getWaitInterval(), event.getLastThrowable() == null ? "" : event.getLastThrowable().getMessage())));
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .waitDurationInOpenState(settings.openFor())
                .recordExceptions(SalesforceUnavailableException.class)
                .build());
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(settings.callsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofMinutes(1))
                .build());
    }

    /** The org's guard: the same retry, breaker and limiter every time for the same name. */
    public CallGuard guard(String org) {
        String name = "salesforce-" + org;
        return new Resilience4jGuard(retries.retry(name), breakers.circuitBreaker(name), limiters.rateLimiter(name));
    }

    /** The org's circuit breaker, for health checks and tests. */
    public CircuitBreaker breaker(String org) {
        return breakers.circuitBreaker("salesforce-" + org);
    }
}
