package dev.tiersync.scheduler;

import dev.tiersync.scheduler.cli.CliContext;
import dev.tiersync.scheduler.cli.TierSyncCommand;

/** The {@code tiersync} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(TierSyncCommand.commandLine(CliContext.system()).execute(args));
    }
}
