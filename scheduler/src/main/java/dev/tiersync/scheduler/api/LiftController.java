package dev.tiersync.scheduler.api;

import dev.tiersync.domain.lift.ChurnOutcome;
import dev.tiersync.domain.lift.LiftReport;
import dev.tiersync.domain.lift.TierLift;
import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.scheduler.problem.InvalidInput;
import dev.tiersync.scheduler.problem.NotFound;
import dev.tiersync.scheduler.schedule.SyncJobs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/orgs/{org}/lift?months=6}: do the tiers predict what happened next? The model is run
 * as of {@code months} ago on the org's snapshot, and each tier's share of accounts is set against its
 * share of the revenue won since; lift above 1 means the tier won more than its share. Spends no API call.
 * Tiers are named by their picklist values ({@code New}, {@code Prospect}) as every route names them; a figure
 * that cannot be computed (the lift of a tier without accounts) is null, never NaN.
 */
@RestController
class LiftController {

    private final SyncJobs jobs;
    private final Orgs orgs;
    private final Clock clock;

    LiftController(SyncJobs jobs, Orgs orgs, Clock clock) {
        this.jobs = jobs;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** One tier's figures on the wire; {@code lift} is null for a tier without accounts. */
    record TierLiftView(String tier, int accounts, double wonRevenue, double accountShare, double revenueShare, Double lift) {
        static TierLiftView of(TierLift tier) {
            return new TierLiftView(tier.tier().picklistValue(), tier.accounts(), tier.wonRevenue(), finite(tier.accountShare()),
                    finite(tier.revenueShare()), Double.isFinite(tier.lift()) ? tier.lift() : null);
        }

        private static double finite(double share) {
            return Double.isFinite(share) ? share : 0;
        }
    }

    record LiftView(LocalDate asOf, LocalDate horizonEnd, List<TierLiftView> tiers, ChurnOutcome churn) {
        static LiftView of(LiftReport report) {
            return new LiftView(report.asOf(), report.horizonEnd(), report.tiers().stream().map(TierLiftView::of).toList(),
                    report.churn());
        }
    }

    @GetMapping("/api/orgs/{org}/lift")
    LiftView lift(@PathVariable String org, @RequestParam(defaultValue = "6") int months) {
        if (months < 1 || months > 36) {
            throw new InvalidInput("months must be 1 to 36, was " + months);
        }
        OrgSettings settings = orgs.configuredOrg(org).orElseThrow(() -> NotFound.org(org));
        Period horizon = Period.ofMonths(months);
        return LiftView.of(jobs.lift(org).run(settings.name(), LocalDate.now(clock.withZone(settings.timeZone())).minus(horizon),
                horizon));
    }
}
