package dev.tiersync.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application with users but no org, over real HTTP: it starts, says what to configure, tells the page who is
 * logged in, and answers every error as the API's JSON for scripts and as TierSync's own page for a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiersync.store.url=jdbc:h2:mem:admin-pages;DB_CLOSE_DELAY=-1"})
class AdminPagesTest {

    static final String ADMIN = "ada:admin-pa55";
    static final String VIEWER = "vic:viewer-pa55";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        registry.add("tiersync.security.users[0].name", () -> "ada");
        registry.add("tiersync.security.users[0].password", () -> "{bcrypt}" + bcrypt.encode("admin-pa55"));
        registry.add("tiersync.security.users[0].role", () -> "ADMIN");
        registry.add("tiersync.security.users[1].name", () -> "vic");
        registry.add("tiersync.security.users[1].password", () -> "{bcrypt}" + bcrypt.encode("viewer-pa55"));
        registry.add("tiersync.security.users[1].role", () -> "VIEWER");
    }

    @Test
    void withNoOrgConfiguredTheApplicationStartsListsNoOrgAndSaysWhatToSet() throws Exception {
        assertThat(send("GET", "/api/orgs", VIEWER, null, null).body()).isEqualTo("[]");
        JsonNode setup = json.readTree(send("GET", "/api/setup", VIEWER, null, null).body());
        assertThat(setup.get("orgs").asInt()).isZero();
        assertThat(setup.get("todo").get(0).asString()).startsWith("No org is configured")
                .contains("tiersync.org.login-url", "TIERSYNC_ORG_PASSWORD", "./tiersync serve --demo");
    }

    @Test
    void thePageLearnsWhoIsLoggedInAndWhetherTheyMayChangeAnything() throws Exception {
        JsonNode admin = json.readTree(send("GET", "/api/me", ADMIN, null, null).body());
        JsonNode viewer = json.readTree(send("GET", "/api/me", VIEWER, null, null).body());

        assertThat(admin.get("name").asString()).isEqualTo("ada");
        assertThat(admin.get("admin").asBoolean()).isTrue();
        assertThat(viewer.get("roles").get(0).asString()).isEqualTo("VIEWER");
        assertThat(viewer.get("admin").asBoolean()).isFalse();
    }

    @Test
    void theLoginPageIsTierSyncsOwnWithItsStyleSheetAndNoInlineScriptOrStyle() throws Exception {
        HttpResponse<String> login = send("GET", "/login", null, null, BROWSER_ACCEPT);
        HttpResponse<String> css = send("GET", "/app.css", null, null, null);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .startsWith("default-src 'self'"));
        assertThat(login.body()).contains("<title>Log in · TierSync</title>", "href=\"/app.css\"", "name=\"_csrf\"")
                .doesNotContain("<script", "<style", "style=", "No user is configured", "Please sign in");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(send("GET", "/login?error", null, null, BROWSER_ACCEPT).body()).contains("The name or the password is wrong.");
    }

    @Test
    void theAdminPageLoadsItsScriptsAndStylesFromFilesOnlyWithChartJsFromItsWebJar() throws Exception {
        HttpResponse<String> page = send("GET", "/", VIEWER, null, BROWSER_ACCEPT);
        String chartJs = page.body().replaceAll("(?s).*<script src=\"(/webjars/[^\"]+)\"></script>.*", "$1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().split("<script", -1)).hasSize(3);
        assertThat(page.body()).contains("<script src=\"/app.js\"></script>").doesNotContain("style=", "<style", "onclick=");
        assertThat(chartJs).startsWith("/webjars/chart.js/");
        HttpResponse<String> library = send("GET", chartJs, VIEWER, null, null);
        assertThat(library.statusCode()).as("the WebJar serves the version the page names").isEqualTo(200);
        assertThat(library.body()).contains("Chart.js");
    }

    @Test
    void everyErrorIsTheApisJsonForAScript() throws Exception {
        assertError(send("GET", "/api/orgs", null, null, null), 401, "log in first");
        assertError(send("POST", "/api/orgs/acme/runs", VIEWER, "", null), 403, "ADMIN role");
        assertError(send("GET", "/api/nothing-here", VIEWER, null, null), 404, "there is nothing at /api/nothing-here");
        assertError(send("DELETE", "/api/orgs", ADMIN, null, null), 405, "/api/orgs does not take this method; it takes GET");
        HttpResponse<String> plainText = http.send(request("PUT", "/api/orgs/acme/schedule", ADMIN, "0 0 2 * * ?", null)
                .header("Content-Type", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertError(plainText, 415, "takes its body as application/json");
    }

    @Test
    void theRunHistoryRefusesABadQueryNamingTheParameter() throws Exception {
        assertError(send("GET", "/api/runs?status=GREAT", VIEWER, null, null), 400, "status must be one of [SUCCEEDED");
        assertError(send("GET", "/api/runs?dryRun=maybe", VIEWER, null, null), 400, "the parameter dryRun");
        assertError(send("GET", "/api/runs?offset=-1", VIEWER, null, null), 400, "offset must be 0 or more, was -1");
        assertError(send("GET", "/api/runs?limit=many", VIEWER, null, null), 400, "the parameter limit");
        assertThat(send("GET", "/api/runs?status=failed&dryRun=true&offset=20&limit=5", VIEWER, null, null).body()).isEqualTo("[]");
    }

    @Test
    void aBrowserGetsTierSyncsOwnErrorPage() throws Exception {
        HttpResponse<String> missing = send("GET", "/no-such-page", VIEWER, null, BROWSER_ACCEPT);
        HttpResponse<String> wrongMethod = send("DELETE", "/api/orgs", ADMIN, null, BROWSER_ACCEPT);
        HttpResponse<String> forbidden = send("POST", "/api/orgs/acme/pause", VIEWER, "", BROWSER_ACCEPT);
        HttpResponse<String> wrongPassword = send("GET", "/", "vic:wrong", null, BROWSER_ACCEPT);

        assertPage(missing, 404, "Page not found", "there is nothing at /no-such-page");
        assertPage(wrongMethod, 405, "Method not allowed", "/api/orgs does not take this method; it takes GET");
        assertPage(forbidden, 403, "Not allowed", "ADMIN role");
        assertPage(wrongPassword, 401, "Please log in", "log in first");
    }

    private void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(json.readTree(response.body()).get("error").asString()).contains(message);
    }

    private static void assertPage(HttpResponse<String> response, int status, String title, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
        assertThat(response.body()).contains("<title>" + title + " · TierSync</title>", "id=\"error-status\">" + status + "<",
                "href=\"/app.css\"").contains(org.springframework.web.util.HtmlUtils.htmlEscape(message))
                .doesNotContain("<script", "style=", "Whitelabel");
    }

    private HttpRequest.Builder request(String method, String path, String user, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request;
    }

    private HttpResponse<String> send(String method, String path, String user, String body, String accept)
            throws IOException, InterruptedException {
        return http.send(request(method, path, user, body, accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
