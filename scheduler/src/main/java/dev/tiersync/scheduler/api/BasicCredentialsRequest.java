package dev.tiersync.scheduler.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A script's request, which needs no CSRF token: it carries HTTP Basic credentials (which the Basic filter then
 * either authenticates or refuses with 401) and no session. Any other Authorization header ({@code Bearer junk})
 * or a browser's session riding along gets no pass: a change then needs the CSRF token.
 */
final class BasicCredentialsRequest implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ")
                && authorization.length() > "basic ".length() && request.getRequestedSessionId() == null;
    }
}
