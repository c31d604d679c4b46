package dev.tiersync.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.testdata.EmulatorRecords;
import dev.tiersync.testdata.PlantedOrg;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/orgs/{org}/fit} over real HTTP, on an emulated org whose value is planted on firmographic
 * traits by a generator that knows nothing of the fit: 409 before a sync stored the snapshot, 404 for an
 * unknown org, 400 naming the parameter, then the profile, the schemes with their lift curves, and the backtest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tiersync.schedule.cron=0 0 2 1 1 ?")
class FitApiTest {

    private static final String ORG_PASSWORD = "Org-Pa55word-never-shown";
    private static final String VIEWER = "vic:viewer-pa55";
    private static final String ADMIN = "ada:admin-pa55";
    private static final EmulatedOrg ORG = EmulatedOrg.start(EmulatorSettings.of(EmulatorRecords.of(
                    PlantedOrg.generate(1_500, LocalDate.now(ZoneOffset.UTC), 1.0, 7).histories(), LocalDate.now(ZoneOffset.UTC)))
            .withUser(EmulatorSettings.DEFAULT_USERNAME, ORG_PASSWORD));

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
        registry.add("tiersync.security.users[0].password", () -> "{bcrypt}" + bcrypt.encode("admin-pa55"));
        registry.add("tiersync.security.users[0].role", () -> "ADMIN");
        registry.add("tiersync.security.users[1].name", () -> "vic");
        registry.add("tiersync.security.users[1].password", () -> "{bcrypt}" + bcrypt.encode("viewer-pa55"));
        registry.add("tiersync.security.users[1].role", () -> "VIEWER");
    }

    @AfterAll
    static void stop() {
        ORG.close();
    }

    @Test
    void theFitOfAnOrgIsRefusedUntilASyncStoredItsSnapshotThenShowsProfileSchemesLiftAndBacktest() throws Exception {
        HttpResponse<String> early = send("GET", "/api/orgs/acme/fit", VIEWER);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(send("GET", "/api/orgs/nowhere/fit", VIEWER).statusCode()).isEqualTo(404);
        HttpResponse<String> tooFar = send("GET", "/api/orgs/acme/fit?backtestMonths=99", VIEWER);
        assertThat(tooFar.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooFar.body()).get("error").asString()).isEqualTo("backtestMonths must be 1 to 36, was 99");
        HttpResponse<String> notANumber = send("GET", "/api/orgs/acme/fit?backtestMonths=six", VIEWER);
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notANumber.body()).get("error").asString()).contains("backtestMonths");

        String runId = json.readTree(send("POST", "/api/orgs/acme/runs", ADMIN).body()).get("runId").asString();
        await().atMost(Duration.ofSeconds(120)).until(() -> json.readTree(send("GET", "/api/runs/" + runId, VIEWER).body())
                .get("state").asString().equals("SUCCEEDED"));
        JsonNode report = json.readTree(send("GET", "/api/runs/" + runId + "/report", VIEWER).body());
        JsonNode fit = json.readTree(send("GET", "/api/orgs/acme/fit?backtestMonths=6", VIEWER).body());

        assertThat(report.get("fit").get("hasFit").asBoolean()).as(report.get("fit").toString()).isTrue();
        assertThat(report.get("fit").get("captureAtQuarter").asDouble()).isGreaterThan(0.5);
        assertThat(report.get("fit").get("chosenScheme").size()).isPositive();
        assertThat(fit.get("hasFit").asBoolean()).as(fit.get("decision").asString()).isTrue();
        assertThat(fit.get("chosen").asString()).isEqualTo(report.get("fit").get("chosen").asString());
        assertThat(fit.get("population").get("accounts").asInt()).isEqualTo(1_500);
        int tiered = 0;
        for (JsonNode count : fit.get("fitTiers")) {
            tiered += count.asInt();
        }
        assertThat(tiered).isEqualTo(1_500);
        assertThat(fit.get("profile").get("groups").size()).isEqualTo(4);
        assertThat(fit.get("profile").get("top").size()).isEqualTo(10);
        assertThat(fit.get("profile").get("bottom").size()).isEqualTo(10);
        assertThat(fit.get("profile").get("contrasts").size()).isPositive();
        assertThat(fit.get("schemes").size()).isEqualTo(2);
        for (JsonNode scheme : fit.get("schemes")) {
            JsonNode lift = scheme.get("lift");
            assertThat(lift.get("captured").size()).isEqualTo(101);
            assertThat(lift.get("perfect").size()).isEqualTo(101);
            assertThat(lift.get("captured").get(0).asDouble()).isZero();
            assertThat(lift.get("captured").get(100).asDouble()).isEqualTo(1.0);
            assertThat(scheme.get("description").size()).isPositive();
        }
        JsonNode backtest = fit.get("backtest");
        assertThat(backtest.get("months").asInt()).isEqualTo(6);
        assertThat(backtest.get("tiers").size()).isEqualTo(4);
        assertThat(backtest.get("tiers").get(0).get("tier").asString()).isEqualTo("Strong");
        assertThat(json.readTree(send("GET", "/api/orgs/acme/fit", VIEWER).body()).get("backtest").isNull()).isTrue();
    }

    private HttpResponse<String> send(String method, String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
