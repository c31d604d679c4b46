package dev.tiersync.scheduler.api;

import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.scheduler.schedule.RunHistory;
import dev.tiersync.scheduler.schedule.RunRecord;
import dev.tiersync.scheduler.schedule.Schedules;
import dev.tiersync.scheduler.schedule.SyncRunner;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/orgs}: every configured org with its schedule and last run; never a password. */
@RestController
@RequestMapping("/api/orgs")
class OrgsController {

    private final Orgs orgs;
    private final Schedules schedules;
    private final RunHistory history;
    private final SyncRunner runner;

    OrgsController(Orgs orgs, Schedules schedules, RunHistory history, SyncRunner runner) {
        this.orgs = orgs;
        this.schedules = schedules;
        this.history = history;
        this.runner = runner;
    }

    record OrgView(String name, String loginUrl, String username, Schedules.Schedule schedule, boolean running,
                   RunRecord lastRun) {
    }

    @GetMapping
    List<OrgView> orgs() {
        return orgs.configuredOrgs().stream().map(this::view).toList();
    }

    private OrgView view(OrgSettings org) {
        return new OrgView(org.name(), org.loginUrl(), org.credentials().username(), schedules.of(org.name()),
                runner.isRunning(org.name()), history.recent(org.name(), 1).stream().findFirst().orElse(null));
    }
}
