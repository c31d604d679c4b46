package dev.tiersync.scheduler.cli;

import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.RestrictedPicklists;
import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.scheduler.config.SettingsFile;
import dev.tiersync.scheduler.problem.InvalidInput;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.sync.AccountOutcome;
import dev.tiersync.sync.RunPlugins;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncListener;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.WritePermit;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tiersync demo}: one real sync against an emulated org started in-process. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start an emulated Salesforce org, sync it once through the real Salesforce client, "
                + "and show the tiers written back.")
final class DemoCommand implements Callable<Integer> {

    static final int GENERATED_ACCOUNTS = 300;
    static final long GENERATOR_SEED = 42;

    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "DIR",
            description = "A folder of Data Loader CSV exports (Account.csv, Opportunity.csv, optional User.csv); "
                    + "default: a generated org of " + GENERATED_ACCOUNTS + " accounts")
    Path dataset;

    @CommandLine.Mixin
    RulesOption rules;

    @CommandLine.Mixin
    SettingsOption settings;

    @CommandLine.Mixin
    PluginsOption plugins;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Assess as of this day (default: today)")
    LocalDate asOf;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate day = AsOfDate.of(asOf, context.clock());
        SegmentationConfig rulesInForce = rules.load();
        SettingsFile settingsInForce = settings.load();
        OrgData data = InvalidInput.from(() -> dataset != null ? OrgData.fromCsvFolder(dataset)
                : OrgData.generate(GENERATED_ACCOUNTS, GENERATOR_SEED, day));
        // the org's Segment__c holds the rules' segment names, as after deploying tiersync metadata --rules for them
        EmulatorSettings emulated = EmulatorSettings.of(data).withPicklistValues("Account", AccountFields.SEGMENT.apiName(),
                RestrictedPicklists.values(AccountFields.SEGMENT, rulesInForce));
        try (PluginRegistry loaded = plugins.start(settingsInForce, context.clock()); EmulatedOrg org = EmulatedOrg.start(emulated)) {
            out.printf("Started an emulated Salesforce org at %s with %,d accounts and %,d opportunities (%s)%n%n",
                    org.loginUrl(), org.store().count("Account"), org.store().count("Opportunity"),
                    dataset != null ? dataset : "generated, seed " + GENERATOR_SEED);
            OrgAccess demo = new OrgAccess("demo", new OrgCredentials(URI.create(org.loginUrl()),
                    EmulatorSettings.DEFAULT_USERNAME, Secret.of(EmulatorSettings.DEFAULT_PASSWORD)));
            SyncJob job = rules.job(SyncRuntime.builder().clock(context.clock()).sync(settingsInForce.sync())
                    .resilience(settingsInForce.resilience()).salesforce(settingsInForce.salesforce()).plugins(loaded).build(),
                    rulesInForce);
            RunPlugins runPlugins = job.startPlugins();
            SyncReport report = job.run(demo, new SyncRequest(day, false), WritePermit.ALWAYS, SyncListener.NONE, runPlugins);
            ReportFormat.print(report, org.loginUrl(), false, out);
            printReadBack(org, report, out);
            PluginsOption.runFinished(runPlugins, demo.name(), report, "demo", spec.commandLine().getErr());
            return ExitCodes.of(report.status());
        }
    }

    /** Shows that the tiers are in the org: the example accounts' Tier__c as the emulator now holds it. */
    private static void printReadBack(EmulatedOrg org, SyncReport report, PrintWriter out) {
        if (report.findings().examples().isEmpty()) {
            return;
        }
        out.println();
        out.println("Read back from the org (Tier__c, Segment__c, Churn_Risk__c, Upsell_Candidate__c, Segment_Reasons__c)");
        for (AccountOutcome example : report.findings().examples()) {
            org.store().find(example.accountId()).ifPresent(record -> out.printf("  %s  %-9s %-21s churn %-7s upsell %-5s %s%n",
                    record.id(), record.get("Tier__c"), record.get("Segment__c"), record.get("Churn_Risk__c"),
                    record.get("Upsell_Candidate__c"), record.get("Segment_Reasons__c")));
        }
        out.flush();
    }
}
