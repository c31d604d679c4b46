package dev.tiersync.scheduler.api;

import dev.tiersync.scheduler.config.LoginThrottleProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brute-force defence of the admin login (form and HTTP Basic): each failed login is logged with the user name
 * tried and the address it came from; after {@code max-failures} failures of one user name, or from one address,
 * within the lockout time, that name and that address are refused with 429 for the lockout time, even with the
 * right password: a script (HTTP Basic) with 429 and the reason as JSON, the login form by going back to the login
 * page, which says to wait ({@link #lockedOutNotice}); both with Retry-After. A successful login clears the user's failures.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Where the login form sends a locked-out user or address back to: the login page, saying why. */
    static final String LOCKED_PAGE = "/login?locked";

    private final LoginThrottleProperties settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByUser = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String user = String.valueOf(event.getAuthentication().getName()).replaceAll("[\\r\\n\\t]", "_");
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "an unknown address";
        Instant now = clock.instant();
        int byUser = record(failuresByUser, user, now);
        int byAddress = record(failuresByAddress, address, now);
        log.warn("failed login as '{}' from {} ({}): {} failures of this user and {} from this address in the last {}",
                user, address, event.getException().getClass().getSimpleName(), byUser, byAddress, settings.lockout());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failuresByUser.remove(event.getAuthentication().getName());
    }

    /** Why a login attempt from this request is refused now, if it is. */
    Optional<String> refusal(HttpServletRequest request) {
        Instant now = clock.instant();
        String address = request.getRemoteAddr();
        if (locked(failuresByAddress, address, now, settings.maxFailuresPerAddress())) {
            return Optional.of("too many failed logins from " + address + "; try again in " + settings.lockout().toMinutes()
                    + " minutes");
        }
        Optional<String> user = attemptedUser(request);
        if (user.isPresent() && locked(failuresByUser, user.get(), now, settings.maxFailures())) {
            return Optional.of("too many failed logins as '" + user.get() + "'; try again in " + settings.lockout().toMinutes()
                    + " minutes");
        }
        return Optional.empty();
    }

    /** The filter that refuses login attempts (a Basic header, the login form's POST) of a locked name or address. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<String> refused = isLoginAttempt(request) ? refusal(request) : Optional.empty();
                if (refused.isPresent()) {
                    log.warn("refused a login attempt from {}: {}", request.getRemoteAddr(), refused.get());
                    response.setHeader("Retry-After", String.valueOf(settings.lockout().toSeconds()));
                    if (isLoginForm(request)) {
                        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                        response.setHeader("Location", request.getContextPath() + LOCKED_PAGE);
                        return;
                    }
                    response.setStatus(429);
                    response.setContentType("application/json");
                    response.getWriter().write("{\"error\":\"" + refused.get().replace("\"", "'") + "\"}");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** What the login page says to someone the form sent back to it ({@value #LOCKED_PAGE}). */
    String lockedOutNotice() {
        return "Too many failed logins; try again in " + words(settings.lockout()) + ".";
    }

    private static boolean isLoginAttempt(HttpServletRequest request) {
        return hasBasicCredentials(request) || isLoginForm(request);
    }

    /** The login page's form posting, as opposed to a script's request with HTTP Basic credentials. */
    private static boolean isLoginForm(HttpServletRequest request) {
        return !hasBasicCredentials(request) && HttpMethod.POST.matches(request.getMethod())
                && "/login".equals(request.getServletPath());
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static String words(Duration wait) {
        long minutes = (wait.toSeconds() + 59) / 60;
        return wait.toSeconds() < 60 ? wait.toSeconds() + (wait.toSeconds() == 1 ? " second" : " seconds")
                : minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static Optional<String> attemptedUser(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(request.getParameter("username"));
    }

    private int record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            forget(times, now);
            times.addLast(now);
            return times.size();
        }
    }

    private boolean locked(Map<String, Deque<Instant>> failures, String key, Instant now, int maxFailures) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            forget(times, now);
            return times.size() >= maxFailures;
        }
    }

    private void forget(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(settings.lockout());
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
            times.removeFirst();
        }
    }
}
