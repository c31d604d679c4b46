package dev.tiersync.scheduler.api;

import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.scheduler.problem.Conflict;
import dev.tiersync.scheduler.problem.InvalidInput;
import dev.tiersync.scheduler.problem.NotFound;
import dev.tiersync.scheduler.report.ReportDocument;
import dev.tiersync.scheduler.report.ReportJson;
import dev.tiersync.scheduler.schedule.RunHistory;
import dev.tiersync.scheduler.schedule.RunLauncher;
import dev.tiersync.scheduler.schedule.RunQuery;
import dev.tiersync.scheduler.schedule.RunRecord;
import dev.tiersync.scheduler.schedule.SyncRunner;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncStatus;
import dev.tiersync.sync.WriteFailure;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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

/** Runs: start one, preview one (dry run), list them, follow one while it runs, read its report and its errors. */
@RestController
class RunsController {

    private final RunLauncher launcher;
    private final SyncRunner runner;
    private final RunHistory history;
    private final Orgs orgs;

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
        if (report.status() == SyncStatus.SKIPPED) {
            throw new Conflict(report.run().error());
        }
        return ReportJson.toJson(report, org);
    }

    /**
     * Runs, newest first: {@code org}, {@code status} (a {@link SyncStatus} name) and {@code dryRun} narrow them,
     * {@code limit} (at most 1000) and {@code offset} page through them; a bad value is a 400 naming the parameter.
     */
    @GetMapping("/api/runs")
    List<RunRecord> runs(@RequestParam(required = false) String org, @RequestParam(required = false) String status,
                         @RequestParam(required = false) Boolean dryRun, @RequestParam(defaultValue = "50") int limit,
                         @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1) {
            throw new InvalidInput("limit must be 1 or more, was " + limit);
        }
        if (offset < 0) {
            throw new InvalidInput("offset must be 0 or more, was " + offset);
        }
        if (org != null) {
            requireOrg(org);
        }
        return history.find(new RunQuery(org, status == null || status.isBlank() ? null : status(status), dryRun, offset,
                Math.min(limit, 1000)));
    }

    private static SyncStatus status(String name) {
        try {
            return SyncStatus.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status must be one of " + java.util.Arrays.toString(SyncStatus.values()) + ", was '" + name + "'");
        }
    }

    record RunState(String id, String org, String state, String phase, int settled, int total, RunRecord run, String error) {
    }

    @GetMapping("/api/runs/{id}")
    RunState run(@PathVariable String id) {
        var done = history.find(id);
        if (done.isPresent()) {
            RunRecord run = done.get();
            return new RunState(id, run.org(), run.status().name(), "done", run.counts().accountsWritten(),
                    run.counts().accountsChanged(), run, run.error());
        }
        return launcher.live(id).map(live -> new RunState(id, live.org(), live.error() == null ? "RUNNING" : "NOT_RUN",
                        live.phase(), live.settled(), live.total(), null, live.error()))
                .orElseThrow(() -> new NotFound("no run has the id " + id));
    }

    @GetMapping(value = "/api/runs/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    String report(@PathVariable String id) {
        return history.report(id).orElseThrow(() -> new NotFound("no finished run has the id " + id));
    }

    /**
     * A refused record as the run page lists it: the fields Salesforce named, apart from its message (the adapter
     * adds them to the message as {@code " (fields: A, B)"}).
     */
    record Refusal(String accountId, String statusCode, String message, List<String> fields) {
        private static final String FIELDS = " (fields: ";

        static Refusal of(WriteFailure failure) {
            String message = failure.message() == null ? "" : failure.message();
            int at = message.lastIndexOf(FIELDS);
            if (at < 0 || !message.endsWith(")")) {
                return new Refusal(failure.accountId(), failure.statusCode(), message, List.of());
            }
            return new Refusal(failure.accountId(), failure.statusCode(), message.substring(0, at),
                    List.of(message.substring(at + FIELDS.length(), message.length() - 1).split(", ")));
        }
    }

    @GetMapping("/api/runs/{id}/errors")
    List<Refusal> errorList(@PathVariable String id) {
        history.find(id).orElseThrow(() -> new NotFound("no finished run has the id " + id));
        return history.failures(id).stream().map(Refusal::of).toList();
    }

    @GetMapping(value = "/api/runs/{id}/errors.csv", produces = "text/csv")
    ResponseEntity<String> errors(@PathVariable String id) {
        history.find(id).orElseThrow(() -> new NotFound("no finished run has the id " + id));
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
        RunRecord last = history.recent(org, 100).stream()
                .filter(run -> run.status() != SyncStatus.FAILED && run.status() != SyncStatus.SKIPPED)
                .findFirst().orElseThrow(() -> new NotFound("the org " + org + " has no finished run yet"));
        ReportDocument report = ReportJson.parse(history.report(last.id()).orElseThrow());
        return Map.of("org", org, "runId", last.id(), "asOf", report.run().asOf(),
                "tierDistribution", report.findings().tierDistribution(),
                "segmentDistribution", report.findings().segmentDistribution(),
                "upsellCandidates", report.findings().upsellCandidates());
    }

    private void requireOrg(String org) {
        orgs.configuredOrg(org).orElseThrow(() -> NotFound.org(org));
    }
}
