package dev.tiersync.scheduler.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top of the {@code tiersync} command line. */
@Command(name = "tiersync",
        mixinStandardHelpOptions = true,
        version = "TierSync 0.1.0",
        description = "Tiers your Salesforce accounts from their won revenue and writes the tiers back.",
        subcommands = {DemoCommand.class, RunCommand.class, EmulatorCommand.class, ServeCommand.class, MetadataCommand.class,
                PluginsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the sync succeeded",
                "1:the sync failed",
                "2:the command line is wrong",
                "3:the sync finished, but Salesforce rejected some records",
                "4:the sync was deferred: the org's API limit is reached",
                "5:another run holds the org (or the snapshot file): this one did not start",
                "6:the safety brake stopped the sync before any write"})
public final class TierSyncCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A command line whose subcommands get {@code context}. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new TierSyncCommand(), new ContextFactory(context));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.registerConverter(java.time.LocalDate.class, UsageErrors::day);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
