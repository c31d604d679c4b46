package dev.tiersync.scheduler.api;

import dev.tiersync.scheduler.config.AdminProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may do what: the health check is public; reading the API needs VIEWER or ADMIN, changing
 * anything ADMIN; the page logs in with a form and sends a CSRF token (from the XSRF-TOKEN cookie)
 * with every change. Scripts use HTTP basic: a request with Basic credentials and no session needs no CSRF
 * token ({@link BasicCredentialsRequest}); logins are throttled ({@link LoginThrottle}); answers carry a
 * Content-Security-Policy and a Referrer-Policy ({@link SecurityHeaders}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain security(HttpSecurity http, LoginThrottle loginThrottle) throws Exception {
        CsrfTokenRequestAttributeHandler plainToken = new CsrfTokenRequestAttributeHandler();
        plainToken.setCsrfRequestAttributeName(null);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole("ADMIN", "VIEWER")
                        .requestMatchers("/api/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.defaultSuccessUrl("/", true))
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(plainToken)
                        .ignoringRequestMatchers(new BasicCredentialsRequest()))
                .headers(SecurityHeaders::apply)
                .addFilterBefore(loginThrottle.filter(), org.springframework.security.web.csrf.CsrfFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(AdminProperties admin) {
        if (admin.users().isEmpty()) {
            log.warn("no admin users are configured, so the admin page and API refuse everyone: set "
                    + "tiersync.security.users[0].name, .password ({bcrypt} hash) and .role (ADMIN or VIEWER)");
        }
        return new InMemoryUserDetailsManager(admin.users().stream()
                .map(user -> User.withUsername(user.name()).password(user.password()).roles(user.role().name()).build())
                .toList());
    }
}
