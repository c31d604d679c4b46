package dev.tiersync.scheduler.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The pages anyone may see before logging in: TierSync's own login page (GET /login) with the style sheet and
 * the logo it shows. The form posts to /login, where {@link SecurityConfiguration}'s form login checks it; the
 * page carries the CSRF token of the same XSRF-TOKEN cookie that chain checks. The page has no inline script or
 * style, so it is served under {@code Content-Security-Policy: default-src 'self'}.
 */
@Configuration(proxyBeanMethods = false)
class LoginPageSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder get = PathPatternRequestMatcher.withDefaults();
        CsrfTokenRequestAttributeHandler plainToken = new CsrfTokenRequestAttributeHandler();
        plainToken.setCsrfRequestAttributeName(null);
        http.securityMatcher(new OrRequestMatcher(get.matcher(HttpMethod.GET, "/login"), get.matcher(HttpMethod.GET, "/app.css"),
                        get.matcher(HttpMethod.GET, "/brand.svg"), get.matcher(HttpMethod.GET, "/favicon.ico")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()).csrfTokenRequestHandler(plainToken))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .headers(SecurityHeaders::apply)
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
