package dev.tiersync.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The admin API against an attacker: CSRF needs real Basic credentials to be skipped, guessing is locked out and logged, headers are set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiersync.schedule.enabled=false", "tiersync.security.login-throttle.max-failures=5",
                "tiersync.security.login-throttle.max-failures-per-address=1000"})
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
class SecurityDefencesTest {

    static final String ADMIN_PASSWORD = "admin-pa55";
    static final String FRED_PASSWORD = "fred-right-pa55";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        registry.add("tiersync.org.login-url", () -> "http://127.0.0.1:9");
        registry.add("tiersync.org.username", () -> "u");
        registry.add("tiersync.org.password", () -> "p");
        registry.add("tiersync.security.users[0].name", () -> "ada");
        registry.add("tiersync.security.users[0].password", () -> "{bcrypt}" + bcrypt.encode(ADMIN_PASSWORD));
        registry.add("tiersync.security.users[0].role", () -> "ADMIN");
        registry.add("tiersync.security.users[1].name", () -> "eve");
        registry.add("tiersync.security.users[1].password", () -> "{bcrypt}" + bcrypt.encode("eve-right-pa55"));
        registry.add("tiersync.security.users[1].role", () -> "ADMIN");
        registry.add("tiersync.security.users[2].name", () -> "fred");
        registry.add("tiersync.security.users[2].password", () -> "{bcrypt}" + bcrypt.encode(FRED_PASSWORD));
        registry.add("tiersync.security.users[2].role", () -> "VIEWER");
    }

    @Test
    void aLoggedInSessionWithAJunkAuthorizationHeaderStillNeedsTheCsrfToken() throws Exception {
        HttpClient browser = loggedInBrowser();

        HttpResponse<String> bearer = browser.send(HttpRequest.newBuilder(uri("/api/orgs/default/pause"))
                .header("Authorization", "Bearer junk").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> emptyBasic = browser.send(HttpRequest.newBuilder(uri("/api/orgs/default/pause"))
                .header("Authorization", "Basic ").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> script = http.send(HttpRequest.newBuilder(uri("/api/orgs/default/resume"))
                .header("Authorization", basic("ada:" + ADMIN_PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(bearer.statusCode()).isEqualTo(403);
        assertThat(emptyBasic.statusCode()).isIn(401, 403);
        assertThat(script.statusCode()).as("a script with Basic credentials needs no token").isEqualTo(200);
    }

    @Test
    void guessingAPasswordLocksTheUserOutEvenForTheRightPasswordAndEveryFailureIsLoggedWithTheAddress(CapturedOutput output)
            throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/orgs", "eve:guess-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> right = get("/api/orgs", "eve:eve-right-pa55");

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("too many failed logins as 'eve'");
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(output.getAll()).contains("failed login as 'eve' from 127.0.0.1").doesNotContain("guess-");
        assertThat(get("/api/orgs", "ada:" + ADMIN_PASSWORD).statusCode()).as("another user is not locked out").isEqualTo(200);
    }

    @Test
    void aLockedOutUserOfTheLoginFormLandsBackOnTheLoginPageWithAMessageWhileScriptsGetJson() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = csrf(browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString()));
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = browser.send(loginForm("fred", "guess-" + i, csrf), HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        }

        HttpResponse<String> locked = browser.send(loginForm("fred", FRED_PASSWORD, csrf), HttpResponse.BodyHandlers.ofString());

        assertThat(locked.statusCode()).as("back to the login page, not a JSON body").isEqualTo(303);
        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?locked"));
        assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login?locked")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<p id=\"login-notice\" class=\"notice error\" role=\"status\">"
                + "Too many failed logins; try again in 15 minutes.</p>").contains("id=\"login-form\"");

        HttpResponse<String> script = get("/api/orgs", "fred:" + FRED_PASSWORD);
        assertThat(script.statusCode()).as("a script with Basic credentials still gets 429 and JSON").isEqualTo(429);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(script.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(script.body()).isEqualTo("{\"error\":\"too many failed logins as 'fred'; try again in 15 minutes\"}");
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = get("/api/orgs", "ada:" + ADMIN_PASSWORD);

        for (HttpResponse<String> answer : java.util.List.of(page, api)) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void theAdminPageListensOnTheLoopbackInterfaceOnlyByDefault() throws Exception {
        java.util.Optional<java.net.InetAddress> other = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
                .stream().flatMap(n -> java.util.Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(other.isPresent(), "this machine has no other interface to try");

        try (java.net.Socket socket = new java.net.Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
                    new java.net.InetSocketAddress(other.get(), port), 2000)).isInstanceOf(IOException.class);
        }
        assertThat(get("/api/orgs", "ada:" + ADMIN_PASSWORD).statusCode()).as("on 127.0.0.1 it answers").isEqualTo(200);
    }

    private HttpClient loggedInBrowser() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        browser.send(loginForm("ada", ADMIN_PASSWORD, csrf(loginPage)), HttpResponse.BodyHandlers.ofString());
        assertThat(browser.send(HttpRequest.newBuilder(uri("/api/orgs")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("the session is logged in").isEqualTo(200);
        return browser;
    }

    private HttpRequest loginForm(String user, String password, String csrf) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        return HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String csrf(HttpResponse<String> loginPage) {
        return loginPage.body().replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
