package dev.tiersync.scheduler.api;

import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.scheduler.problem.InvalidInput;
import dev.tiersync.scheduler.problem.NotFound;
import dev.tiersync.scheduler.report.FitDocument;
import dev.tiersync.scheduler.schedule.SyncJobs;
import dev.tiersync.sync.SnapshotFit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/orgs/{org}/fit[?backtestMonths=N]}: what a good customer looks like in the org, as the
 * engine learns it from the org's snapshot today: the tier profile (A against D, top and bottom ten), every
 * scheme with its lift curve, the chosen one, and why a fit is or is not written; with {@code backtestMonths},
 * the fit learnt that many months ago against what the prospects of then bought since. Spends no API call.
 */
@RestController
class FitController {

    static final int MAX_BACKTEST_MONTHS = 36;

    private final SyncJobs jobs;
    private final Orgs orgs;
    private final Clock clock;

    FitController(SyncJobs jobs, Orgs orgs, Clock clock) {
        this.jobs = jobs;
        this.orgs = orgs;
        this.clock = clock;
    }

    @GetMapping("/api/orgs/{org}/fit")
    FitDocument fit(@PathVariable String org, @RequestParam(required = false) Integer backtestMonths) {
        if (backtestMonths != null && (backtestMonths < 1 || backtestMonths > MAX_BACKTEST_MONTHS)) {
            throw new InvalidInput("backtestMonths must be 1 to " + MAX_BACKTEST_MONTHS + ", was " + backtestMonths);
        }
        OrgSettings settings = orgs.configuredOrg(org).orElseThrow(() -> NotFound.org(org));
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        Optional<Period> back = Optional.ofNullable(backtestMonths).map(Period::ofMonths);
        SnapshotFit.Result result = jobs.fit(org).run(settings.name(), today, back);
        FitDocument.Backtest backtest = result.backtest().map(report -> FitDocument.Backtest.of(backtestMonths,
                today.minus(back.orElseThrow()).toString(), report)).orElse(null);
        return FitDocument.of(settings.name(), today.toString(), result.fit().report(), result.tiers(), result.fit().noFitReason(),
                backtest);
    }
}
