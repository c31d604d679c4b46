package dev.tiersync.scheduler.cli;

import picocli.CommandLine;

/**
 * Bad input ({@link IllegalArgumentException}) is the user's to fix: one clear line on stderr and
 * exit code 2. Anything else is a fault of TierSync's: the exception with its stack trace, exit code 1.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println("tiersync " + commandLine.getCommandName() + ": " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        commandLine.getErr().println("tiersync " + commandLine.getCommandName() + " failed unexpectedly: " + e);
        e.printStackTrace(commandLine.getErr());
        return CommandLine.ExitCode.SOFTWARE;
    }
}
