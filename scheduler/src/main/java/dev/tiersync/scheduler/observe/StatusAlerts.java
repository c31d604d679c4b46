package dev.tiersync.scheduler.observe;

import dev.tiersync.scheduler.config.AlertProperties;
import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.schedule.RunHistory;
import dev.tiersync.scheduler.schedule.RunObserver;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncStatus;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts {@code {"text": "..."}} to the webhook when an org's status differs from its previous real
 * run's (dry runs aside): a first run only if it did not succeed; never on a run like the one before.
 * A webhook that fails is logged and never breaks the run.
 */
@Component
class StatusAlerts implements RunObserver {

    private static final Logger log = LoggerFactory.getLogger(StatusAlerts.class);

    private final AlertProperties properties;
    private final RunHistory history;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    StatusAlerts(AlertProperties properties, RunHistory history) {
        this.properties = properties;
        this.history = history;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Override
    public void finished(OrgSettings org, String runId, SyncReport report) {
        if (properties.webhookUrl() == null || report.run().dryRun()) {
            return;
        }
        Optional<String> previous = history.recent(org.name(), 100).stream()
                .filter(run -> !run.dryRun() && !run.id().equals(runId))
                .map(run -> run.status().name()).findFirst();
        String now = report.status().name();
        if (previous.map(now::equals).orElse(report.status() == SyncStatus.SUCCEEDED)) {
            return;
        }
        String text = previous.isPresent() && report.status() == SyncStatus.SUCCEEDED
                ? "TierSync: " + org.name() + " recovered: the sync succeeded again after " + previous.get() + " (run " + runId + ")."
                : "TierSync: " + org.name() + " is now " + now + (previous.map(p -> " (was " + p + ")").orElse("")) + " in run "
                        + runId + (report.run().error() == null ? "" : ": " + report.run().error())
                        + (report.writes().failures().isEmpty() ? "" : "; " + report.writes().failures().size() + " records refused");
        post(text);
    }

    private void post(String text) {
        HttpRequest request = HttpRequest.newBuilder(properties.webhookUrl()).timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text", text)))).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                log.warn("the alert webhook answered HTTP {}; the alert was: {}", response.statusCode(), text);
            }
        } catch (IOException e) {
            log.warn("the alert webhook could not be reached ({}); the alert was: {}", e.getMessage(), text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
