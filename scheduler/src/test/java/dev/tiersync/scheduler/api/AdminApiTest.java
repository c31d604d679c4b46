package dev.tiersync.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import dev.tiersync.scheduler.schedule.RunObserver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin API over real HTTP: roles, CSRF on the page's session, schedules, runs, reports; no secret in any answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tiersync.schedule.cron=0 0 2 1 1 ?")
class AdminApiTest {

    static final String ORG_PASSWORD = "Org-Pa55word-never-shown";
    static final String ADMIN_PASSWORD = "admin-pa55";
    static final String VIEWER_PASSWORD = "viewer-pa55";
    private static final EmulatedOrg ORG = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(300, 5, LocalDate.now()))
            .withUser(EmulatorSettings.DEFAULT_USERNAME, ORG_PASSWORD));

    /** Holds a finished run on its node until the test lets it go, so "a run is under way" is a state, not a race. */
    @TestConfiguration
    static class HeldRuns {
        static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> GATE =
                new java.util.concurrent.atomic.AtomicReference<>();

        @Bean
        RunObserver holdWhileTheGateIsShut() {
            return (org, runId, report) -> {
                java.util.concurrent.CountDownLatch gate = GATE.get();
                if (gate != null) {
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        registry.add("tiersync.orgs[0].name", () -> "acme");
        registry.add("tiersync.orgs[0].login-url", ORG::loginUrl);
        registry.add("tiersync.orgs[0].username", () -> EmulatorSettings.DEFAULT_USERNAME);
        registry.add("tiersync.orgs[0].password", () -> ORG_PASSWORD);
        registry.add("tiersync.security.users[0].name", () -> "ada");
        registry.add("tiersync.security.users[0].password", () -> "{bcrypt}" + bcrypt.encode(ADMIN_PASSWORD));
        registry.add("tiersync.security.users[0].role", () -> "ADMIN");
        registry.add("tiersync.security.users[1].name", () -> "vic");
        registry.add("tiersync.security.users[1].password", () -> "{bcrypt}" + bcrypt.encode(VIEWER_PASSWORD));
        registry.add("tiersync.security.users[1].role", () -> "VIEWER");
    }

    @AfterAll
    static void stop() {
        ORG.close();
    }

    @Test
    void withoutLoginTheApiAnswers401AndOnlyTheHealthCheckIsOpenWithoutDetails() throws Exception {
        assertThat(send("GET", "/api/orgs", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> health = send("GET", "/actuator/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\"").doesNotContain("components");
        assertThat(send("GET", "/actuator/metrics", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aViewerReadsButMayNotChangeAnythingAndNoAnswerCarriesASecret() throws Exception {
        HttpResponse<String> orgs = send("GET", "/api/orgs", "vic:" + VIEWER_PASSWORD, null);

        assertThat(orgs.statusCode()).isEqualTo(200);
        assertThat(json.readTree(orgs.body()).get(0).get("name").asString()).isEqualTo("acme");
        assertThat(orgs.body()).doesNotContain(ORG_PASSWORD).doesNotContain("password").doesNotContain("$2a$");
        assertThat(send("POST", "/api/orgs/acme/runs", "vic:" + VIEWER_PASSWORD, "").statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/orgs/acme/schedule", "vic:" + VIEWER_PASSWORD, "{\"cron\":\"0 0 3 * * ?\"}").statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/actuator/metrics", "vic:" + VIEWER_PASSWORD, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/actuator/metrics", "ada:" + ADMIN_PASSWORD, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/orgs", "vic:wrong", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aBadCronIsRefusedWithTheReasonAndAGoodOneAnswersWithTheNextFiveFireTimes() throws Exception {
        HttpResponse<String> bad = send("PUT", "/api/orgs/acme/schedule", "ada:" + ADMIN_PASSWORD,
                "{\"cron\":\"0 2 * * *\",\"timeZone\":\"Europe/Berlin\"}");
        HttpResponse<String> zone = send("PUT", "/api/orgs/acme/schedule", "ada:" + ADMIN_PASSWORD,
                "{\"cron\":\"0 30 2 * * ?\",\"timeZone\":\"Mars/Olympus\"}");
        HttpResponse<String> good = send("PUT", "/api/orgs/acme/schedule", "ada:" + ADMIN_PASSWORD,
                "{\"cron\":\"0 30 2 * * ?\",\"timeZone\":\"Europe/Berlin\"}");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("error").asString()).contains("not a valid Quartz cron expression",
                "seconds first");
        assertThat(zone.statusCode()).isEqualTo(400);
        assertThat(zone.body()).contains("Mars/Olympus");
        assertThat(good.statusCode()).isEqualTo(200);
        JsonNode schedule = json.readTree(good.body());
        assertThat(schedule.get("cron").asString()).isEqualTo("0 30 2 * * ?");
        assertThat(schedule.get("nextFireTimes")).hasSize(5);
        assertThat(send("GET", "/api/orgs/acme/schedule", "vic:" + VIEWER_PASSWORD, null).body()).contains("0 30 2 * * ?");
        assertThat(send("PUT", "/api/orgs/nobody/schedule", "ada:" + ADMIN_PASSWORD, "{\"cron\":\"0 0 1 * * ?\"}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aCronThatNeverFiresIsTooLongOrFiresEverySecondIsRefusedWith400AndTheReasonAndNotSaved() throws Exception {
        String before = json.readTree(send("GET", "/api/orgs/acme/schedule", "vic:" + VIEWER_PASSWORD, null).body())
                .get("cron").asString();
        String longCron = "0 0 2 * * ? " + "2030,".repeat(30) + "2031";
        for (String[] refused : new String[][] {{"0 0 2 * * ? 2020", "never fires"}, {"0 0 2 30 2 ?", "never fires"},
                {longCron, "at most 120"}, {"* * * * * ?", "tiersync.schedule.minimum-interval"}}) {
            HttpResponse<String> answer = send("PUT", "/api/orgs/acme/schedule", "ada:" + ADMIN_PASSWORD,
                    json.writeValueAsString(java.util.Map.of("cron", refused[0], "timeZone", "UTC")));

            assertThat(answer.statusCode()).as(refused[0]).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("error").asString()).contains(refused[1]);
        }
        assertThat(json.readTree(send("GET", "/api/orgs/acme/schedule", "vic:" + VIEWER_PASSWORD, null).body())
                .get("cron").asString()).isEqualTo(before);
    }

    @Test
    void anAdminStartsARunFollowsItToTheEndAndReadsItsReportErrorsAndSegments() throws Exception {
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        HeldRuns.GATE.set(gate);
        HttpResponse<String> started = send("POST", "/api/orgs/acme/runs", "ada:" + ADMIN_PASSWORD, "");
        HttpResponse<String> again = send("POST", "/api/orgs/acme/runs", "ada:" + ADMIN_PASSWORD, "");
        HeldRuns.GATE.set(null);
        gate.countDown();

        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).as("one run per org at a time").isEqualTo(409);
        assertThat(json.readTree(again.body()).get("error").asString()).contains("already running");
        String runId = json.readTree(started.body()).get("runId").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> state(runId).equals("SUCCEEDED"));
        JsonNode run = json.readTree(send("GET", "/api/runs/" + runId, "vic:" + VIEWER_PASSWORD, null).body());
        assertThat(run.get("run").get("accountsWritten").asInt()).isEqualTo(300);
        HttpResponse<String> report = send("GET", "/api/runs/" + runId + "/report", "vic:" + VIEWER_PASSWORD, null);
        assertThat(json.readTree(report.body()).get("accountsWritten").asInt()).isEqualTo(300);
        HttpResponse<String> errors = send("GET", "/api/runs/" + runId + "/errors.csv", "vic:" + VIEWER_PASSWORD, null);
        assertThat(errors.body().lines()).containsExactly("AccountId,StatusCode,Message");
        JsonNode segments = json.readTree(send("GET", "/api/orgs/acme/segments", "vic:" + VIEWER_PASSWORD, null).body());
        int tiered = 0;
        for (JsonNode count : segments.get("tierDistribution")) {
            tiered += count.asInt();
        }
        assertThat(tiered).isEqualTo(300);
        HttpResponse<String> preview = send("POST", "/api/orgs/acme/dry-runs", "ada:" + ADMIN_PASSWORD, "");
        assertThat(json.readTree(preview.body()).get("dryRun").asBoolean()).isTrue();
        assertThat(json.readTree(preview.body()).get("accountsChanged").asInt()).isZero();
        assertThat(send("GET", "/api/runs?org=acme", "vic:" + VIEWER_PASSWORD, null).body()).contains(runId)
                .doesNotContain(ORG_PASSWORD);
        JsonNode written = json.readTree(send("GET", "/actuator/metrics/tiersync.accounts.written", "ada:" + ADMIN_PASSWORD, null)
                .body());
        assertThat(written.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(300);
        JsonNode lift = json.readTree(send("GET", "/api/orgs/acme/lift?months=6", "vic:" + VIEWER_PASSWORD, null).body());
        assertThat(lift.get("tiers").size()).isPositive();
        double accountShares = 0;
        for (JsonNode tier : lift.get("tiers")) {
            accountShares += tier.get("accountShare").asDouble();
        }
        assertThat(accountShares).isBetween(0.99, 1.01);
        assertThat(send("GET", "/api/orgs/acme/lift?months=99", "vic:" + VIEWER_PASSWORD, null).statusCode()).isEqualTo(400);
        JsonNode health = json.readTree(send("GET", "/actuator/health", "ada:" + ADMIN_PASSWORD, null).body());
        JsonNode acmeHealth = health.get("components").get("orgs").get("components").get("acme");
        assertThat(acmeHealth.get("status").asString()).isEqualTo("UP");
        assertThat(acmeHealth.get("details").get("apiRequestLimit").asInt()).isPositive();
        assertThat(acmeHealth.get("details").get("apiRequestsUsedToday").asInt()).isPositive();
    }

    @Test
    void thePagesSessionMustSendTheCsrfTokenWithEveryChange() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        String csrf = loginPage.body().replaceAll("(?s).*name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\".*", "$1");
        String form = "username=ada&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String token = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();

        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(uri("/api/orgs/acme/pause"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(uri("/api/orgs/acme/pause")).header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> read = browser.send(get("/api/orgs"), HttpResponse.BodyHandlers.ofString());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(json.readTree(withToken.body()).get("paused").asBoolean()).isTrue();
        assertThat(read.statusCode()).as("the session is logged in").isEqualTo(200);
        browser.send(HttpRequest.newBuilder(uri("/api/orgs/acme/resume")).header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String state(String runId) throws IOException, InterruptedException {
        return json.readTree(send("GET", "/api/runs/" + runId, "vic:" + VIEWER_PASSWORD, null).body()).get("state").asString();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
