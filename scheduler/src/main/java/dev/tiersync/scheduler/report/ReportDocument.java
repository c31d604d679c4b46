package dev.tiersync.scheduler.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.sync.AccountOutcome;
import dev.tiersync.sync.DisabledPlugin;
import dev.tiersync.sync.FieldChange;
import dev.tiersync.sync.PlannedRecord;
import dev.tiersync.sync.PullSummary;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncStatus;
import dev.tiersync.sync.WriteFailure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sync report in its one JSON form: what {@code tiersync run --json} prints, what the run history
 * keeps and what the admin API answers. Grouped as {@link SyncReport} is, and flat on the wire (its
 * field names are part of the command line's and the API's contract). Made from a report in one place,
 * {@link #of}, and read back by Jackson as it is.
 *
 * @param org the org's name or login URL
 * @param fit what the fit learnt and why it was or was not written; null when the run stopped before the assessment
 *     (and in runs kept before the fit existed)
 */
public record ReportDocument(String org, @JsonUnwrapped Run run, @JsonUnwrapped Assessed assessed,
                             @JsonUnwrapped Changes changes, @JsonUnwrapped Writes writes, @JsonUnwrapped Findings findings,
                             int apiCalls, Map<String, Long> phaseMillis, Pull pull, @JsonUnwrapped Plugins plugins,
                             OwnRecords ownRecords, FitDocument.Summary fit) {

    public ReportDocument {
        ownRecords = ownRecords == null ? OwnRecords.NONE : ownRecords; // a run the history kept before they were reported
    }

    public static ReportDocument of(SyncReport report, String org) {
        SyncReport.Run run = report.run();
        Map<String, Integer> tiers = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            tiers.put(tier.picklistValue(), report.findings().tiers().getOrDefault(tier, 0));
        }
        Map<String, Integer> fields = new LinkedHashMap<>();
        Map<String, String> apiNames = new LinkedHashMap<>();
        report.changes().byField().forEach((field, count) -> fields.put(field.name(), count));
        report.changes().byField().keySet().forEach(field -> apiNames.put(field.name(), field.apiName()));
        report.changes().samples().forEach(change -> apiNames.put(change.field().name(), change.field().apiName()));
        Map<String, Long> phases = new LinkedHashMap<>();
        report.phases().forEach((phase, time) -> phases.put(phase.label(), time.toMillis()));
        return new ReportDocument(org,
                new Run(run.status(), run.asOf().toString(), run.dryRun(), run.startedAt().toString(), run.duration().toMillis(),
                        run.error()),
                new Assessed(report.assessed().accounts(), report.assessed().opportunities(),
                        report.assessed().opportunitiesWithoutAccount()),
                new Changes(report.changes().accounts(), fields, report.changes().samples().stream().map(Sample::of).toList(),
                        report.changes().plannedCalls(), apiNames, Brake.of(report.changes().brake())),
                new Writes(report.writes().accounts(), report.writes().failures(), report.writes().lockRetries(),
                        report.writes().bulk()),
                new Findings(tiers, report.findings().segments(), report.findings().upsellCandidates(),
                        report.findings().examples().stream().map(Example::of).toList()),
                report.api().calls(), phases, Pull.of(report.pull()),
                new Plugins(report.plugins().disabled().stream().map(DisabledPluginEntry::of).toList()),
                OwnRecords.of(report.records()),
                report.fit().report().map(fit -> FitDocument.Summary.of(fit, report.fit().noFitReason(), report.fit().tiers()))
                        .orElse(null));
    }

    /** How the run went; {@code durationMillis} from start to end, {@code error} what stopped it or null. */
    public record Run(SyncStatus status, String asOf, boolean dryRun, String startedAt, long durationMillis, String error) {
    }

    /** What the run assessed: the whole org as the snapshot holds it. */
    public record Assessed(int accountsPulled, int opportunitiesPulled, int opportunitiesWithoutAccount) {
    }

    /**
     * What the run planned to change; fields by their catalog names, such as {@code TIER}, with each one's Salesforce
     * API name ({@code Tier__c}) in {@code fieldApiNames}; {@code brake} null in reports kept before it was added.
     */
    public record Changes(int accountsChanged, Map<String, Integer> fieldChanges, List<Sample> sampleChanges,
                          int plannedWriteCalls, Map<String, String> fieldApiNames, Brake brake) {
    }

    /**
     * The safety brake's reading of the plan: {@code tierChanges} of {@code accounts} would move tier, a share of
     * {@code share} against the {@code allowedShare}; {@code wouldStop} says a real run (without force) stops there,
     * which is what a dry run warns of.
     */
    public record Brake(int tierChanges, int accounts, double share, double allowedShare, boolean wouldStop) {
        static Brake of(SyncReport.Brake brake) {
            return new Brake(brake.tierChanges(), brake.accounts(), brake.share(), brake.allowedShare(), brake.engages());
        }
    }

    /** What the run wrote. */
    public record Writes(int accountsWritten, List<WriteFailure> failures, int lockRetries, boolean bulkWrite) {
    }

    /** What the assessment found: tiers by picklist value, segments by name. */
    public record Findings(Map<String, Integer> tierDistribution, Map<String, Integer> segmentDistribution,
                           int upsellCandidates, List<Example> examples) {
    }

    /** One field of one account, before and after. */
    public record Sample(String accountId, String field, String before, String after) {
        static Sample of(FieldChange change) {
            return new Sample(change.accountId(), change.field().name(), change.before(), change.after());
        }
    }

    /** The top account of a tier. */
    public record Example(String accountId, String name, String tier, String previousTier, String segment, String sizeBand,
                          String region, double valueScore, String churnRisk, boolean upsellCandidate, String reasons,
                          double trailingWonRevenue) {
        static Example of(AccountOutcome outcome) {
            Segmentation s = outcome.segmentation();
            return new Example(outcome.accountId(), outcome.name(), s.tier().picklistValue(),
                    outcome.previousTier() == null ? null : outcome.previousTier().picklistValue(), s.segment(),
                    s.sizeBand().picklistValue(), s.region().picklistValue(), s.valueScore(), s.churnRisk().picklistValue(),
                    s.upsellCandidate(), s.reasons(), outcome.trailingWonRevenue());
        }
    }

    /** The plugins the run switched off because they threw; none in a run without plugins, or when all behaved. */
    public record Plugins(List<DisabledPluginEntry> disabledPlugins) {
        public Plugins {
            disabledPlugins = disabledPlugins == null ? List.of() : List.copyOf(disabledPlugins);
        }
    }

    /**
     * One plugin switched off: which, in which contribution of which extension point, on which account (null for
     * a run listener), what it threw and when.
     */
    public record DisabledPluginEntry(String plugin, String jar, String point, String contribution, String accountId, String error,
                              String at, String description) {
        static DisabledPluginEntry of(DisabledPlugin plugin) {
            return new DisabledPluginEntry(plugin.plugin(), plugin.jar(), plugin.point(), plugin.contribution(), plugin.accountId(),
                    plugin.error(), plugin.at().toString(), plugin.describe());
        }
    }

    /**
     * What was pulled, and by which routes.
     *
     * @param related records pulled of the other objects the rules read, by API name
     * @param skipped one line per object the rules needed but could not read
     */
    public record Pull(boolean full, String reason, int accounts, int opportunities, int deleted, int removed,
                       String accountChannel, String opportunityChannel, Map<String, Integer> related, List<String> skipped) {
        static Pull of(PullSummary pull) {
            Map<String, Integer> related = new java.util.LinkedHashMap<>();
            pull.related().pulled().forEach((object, n) -> related.put(object.apiName(), n));
            return new Pull(pull.full(), pull.reason(), pull.accounts(), pull.opportunities(), pull.deleted(), pull.removed(),
                    pull.accountRoute().name(), pull.opportunityRoute().name(), related, pull.related().skipped());
        }
    }

    /**
     * The records of its own the run created and deleted besides the Account updates (Segment_Change__c, campaigns and
     * their members): how many it planned (a dry run: would), the first thousand of them each way, and what the org did.
     */
    public record OwnRecords(int creating, int deleting, List<PlannedRecord> toCreate, List<PlannedRecord> toDelete, int created,
                             int alreadyThere, int deleted, List<WriteFailure> failures) {
        static final OwnRecords NONE = new OwnRecords(0, 0, List.of(), List.of(), 0, 0, 0, List.of());

        public OwnRecords {
            toCreate = toCreate == null ? List.of() : List.copyOf(toCreate);
            toDelete = toDelete == null ? List.of() : List.copyOf(toDelete);
            failures = failures == null ? List.of() : List.copyOf(failures);
        }

        static OwnRecords of(SyncReport.Records records) {
            return new OwnRecords(records.creating(), records.deleting(), records.toCreate(), records.toDelete(), records.created(),
                    records.alreadyThere(), records.deleted(), records.failures());
        }
    }
}
