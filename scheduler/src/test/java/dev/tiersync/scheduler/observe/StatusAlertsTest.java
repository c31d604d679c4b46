package dev.tiersync.scheduler.observe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.zaxxer.hikari.HikariDataSource;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.scheduler.config.AlertProperties;
import dev.tiersync.scheduler.config.HistoryProperties;
import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.database.DatabaseConfiguration;
import dev.tiersync.scheduler.schedule.JdbcRunHistory;
import dev.tiersync.sync.PullSummary;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.testdata.SyncReportBuilder;
import dev.tiersync.sync.SyncStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusAlertsTest {

    private final WireMockServer slack = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final HikariDataSource dataSource = new HikariDataSource();
    private final OrgSettings acme = new OrgSettings("acme", new OrgCredentials(URI.create("https://login.salesforce.com"), "u",
            Secret.of("org-secret")), "0 0 2 * * ?", ZoneId.of("UTC"), true, null);
    private JdbcRunHistory history;
    private Instant clock = Instant.parse("2026-06-01T02:00:00Z");

    StatusAlertsTest() {
        slack.start();
        slack.stubFor(post(urlEqualTo("/services/T000/B000/XXXX")).willReturn(aResponse().withStatus(200).withBody("ok")));
        dataSource.setJdbcUrl("jdbc:h2:mem:alerts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseConfiguration.migrate(dataSource);
        history = new JdbcRunHistory(dataSource, Clock.systemUTC(), new HistoryProperties(Duration.ofDays(3650)));
    }

    @AfterEach
    void stop() {
        slack.stop();
        dataSource.close();
    }

    @Test
    void anAlertGoesOutOncePerChangeOfStatusAndWhenTheOrgRecovers() {
        // alerts go out one after the other; a timeout a loaded machine can reach would let one land after the next
        StatusAlerts alerts = new StatusAlerts(new AlertProperties(URI.create(slack.baseUrl() + "/services/T000/B000/XXXX"),
                Duration.ofSeconds(60)), history);

        for (SyncStatus status : List.of(SyncStatus.SUCCEEDED, SyncStatus.SUCCEEDED, SyncStatus.FAILED, SyncStatus.FAILED,
                SyncStatus.DEFERRED, SyncStatus.SUCCEEDED, SyncStatus.SUCCEEDED)) {
            run(alerts, status, false);
        }
        run(alerts, SyncStatus.FAILED, true);

        List<LoggedRequest> posts = slack.findAll(postRequestedFor(urlEqualTo("/services/T000/B000/XXXX")));
        assertThat(posts).extracting(LoggedRequest::getBodyAsString).satisfiesExactly(
                failed -> assertThat(failed).contains("\"text\"", "acme is now FAILED (was SUCCEEDED)", "login failed"),
                deferred -> assertThat(deferred).contains("acme is now DEFERRED (was FAILED)"),
                recovered -> assertThat(recovered).contains("acme recovered", "after DEFERRED"));
        assertThat(posts).allSatisfy(request -> assertThat(request.getBodyAsString()).doesNotContain("org-secret"));
    }

    @Test
    void aWebhookThatIsDownNeverBreaksTheRun() {
        StatusAlerts alerts = new StatusAlerts(new AlertProperties(URI.create("http://127.0.0.1:1/hook"), Duration.ofSeconds(1)),
                history);

        run(alerts, SyncStatus.FAILED, false);

        assertThat(history.recent(1)).singleElement().satisfies(run -> assertThat(run.status()).isEqualTo(SyncStatus.FAILED));
    }

    private void run(StatusAlerts alerts, SyncStatus status, boolean dryRun) {
        clock = clock.plus(Duration.ofHours(1));
        String runId = UUID.randomUUID().toString();
        SyncReport report = SyncReportBuilder.aReport().status(status).dryRun(dryRun).startedAt(clock).assessed(1, 1)
                .apiCalls(3, new dev.tiersync.salesforce.ApiUsage(120, 15000))
                .error(status == SyncStatus.FAILED ? "login failed: INVALID_LOGIN" : null).build();
        history.record(runId, "acme", report);
        alerts.finished(acme, runId, report);
    }
}
