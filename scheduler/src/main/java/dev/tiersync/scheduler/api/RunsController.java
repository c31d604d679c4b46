package dev.tiersync.scheduler.api;

import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.scheduler.report.JsonReport;
import dev.tiersync.scheduler.schedule.RunHistory;
import dev.tiersync.scheduler.schedule.RunLauncher;
import dev.tiersync.scheduler.schedule.RunRecord;
import dev.tiersync.scheduler.schedule.SyncRunner;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.WriteFailure;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs: start one, preview one (dry run), list them, follow one while it runs, read its report and its errors. */
@RestController
class RunsController {

    private final RunLauncher launcher;
    private final SyncRunner runner;
    private final RunHistory history;
    private final Orgs orgs;
    private final JsonReport json = new JsonReport();
    private final JsonMapper mapper = JsonMapper.builder().build();

    RunsController(RunLauncher launcher, SyncRunner runner, RunHistory history, Orgs orgs) {
        this.launcher = launcher;
        this.runner = runner;
        this.history = history;
        this.orgs = orgs;
    }

    @PostMapping("/api/orgs/{org}/runs")
    ResponseEntity<Map<String, String>> runNow(@PathVariable String org) {
        requireOrg(org);
        String runId = launcher.start(org, false);
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.LOCATION, "/api/runs/" + runId)
                .body(Map.of("runId", runId));
    }

    /** A dry run: everything but the writes; answers with the report, its changes per field and samples. */
    @PostMapping(value = "/api/orgs/{org}/dry-runs", produces = MediaType.APPLICATION_JSON_VALUE)
    String dryRun(@PathVariable String org) {
        requireOrg(org);
        SyncReport report = runner.runNow(org, true);
        return json.toJson(report, org);
    }

    @GetMapping("/api/runs")
    List<RunRecord> runs(@RequestParam(required = false) String org, @RequestParam(defaultValue = "50") int limit) {
        int capped = Math.min(limit, 1000);
        return org == null ? history.recent(capped) : history.recent(org, capped);
    }

    record RunState(String id, String org, String state, String phase, int settled, int total, RunRecord run, String error) {
    }

    @GetMapping("/api/runs/{id}")
    RunState run(@PathVariable String id) {
        var done = history.find(id);
        if (done.isPresent()) {
            return new RunState(id, done.get().org(), done.get().status(), "done", done.get().accountsWritten(),
                    done.get().accountsChanged(), done.get(), done.get().error());
        }
        return launcher.live(id).map(live -> new RunState(id, live.org(), live.error() == null ? "RUNNING" : "NOT_RUN",
                        live.phase(), live.settled(), live.total(), null, live.error()))
                .orElseThrow(() -> new NoSuchElementException("no run has the id " + id));
    }

    @GetMapping(value = "/api/runs/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    String report(@PathVariable String id) {
        return history.report(id).orElseThrow(() -> new NoSuchElementException("no finished run has the id " + id));
    }

    @GetMapping(value = "/api/runs/{id}/errors.csv", produces = "text/csv")
    ResponseEntity<String> errors(@PathVariable String id) {
        history.find(id).orElseThrow(() -> new NoSuchElementException("no finished run has the id " + id));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("AccountId", "StatusCode", "Message").get())) {
            for (WriteFailure failure : history.failures(id)) {
                csv.printRecord(failure.accountId(), failure.statusCode(), failure.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tiersync-errors-" + id + ".csv\"")
                .body(out.toString());
    }

    /** Accounts per tier and segment, and the upsell candidates, as the org's last finished run left them. */
    @GetMapping("/api/orgs/{org}/segments")
    Map<String, Object> segments(@PathVariable String org) {
        requireOrg(org);
        RunRecord last = history.recent(org, 100).stream().filter(run -> !run.status().equals("FAILED"))
                .findFirst().orElseThrow(() -> new NoSuchElementException("the org " + org + " has no finished run yet"));
        JsonNode report = mapper.readTree(history.report(last.id()).orElseThrow());
        return Map.of("org", org, "runId", last.id(), "asOf", report.get("asOf").asString(),
                "tierDistribution", report.get("tierDistribution"), "segmentDistribution", report.get("segmentDistribution"),
                "upsellCandidates", report.get("upsellCandidates").asInt());
    }

    private void requireOrg(String org) {
        orgs.configuredOrg(org).orElseThrow(() -> new NoSuchElementException("no org is named '" + org + "'"));
    }
}
