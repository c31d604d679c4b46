package dev.tiersync.scheduler.cli;

import picocli.CommandLine;

/**
 * Turns a command's failure into one clear line on stderr and exit code 1. Bad input
 * ({@link IllegalArgumentException}) is the user's to fix and gets exit code 2.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("tiersync " + commandLine.getCommandName() + ": " + e.getMessage());
        if (e instanceof IllegalArgumentException) {
            return CommandLine.ExitCode.USAGE;
        }
        return CommandLine.ExitCode.SOFTWARE;
    }
}
