package dev.tiersync.scheduler.cli;

import dev.tiersync.scheduler.problem.UserProblem;
import picocli.CommandLine;

/**
 * The one place a command's failure becomes an exit code: a problem the user can fix ({@link UserProblem})
 * is one clear line on stderr and its exit code ({@link ExitCodes}); anything else is a fault of TierSync's:
 * the exception with its stack trace, exit code 1.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof UserProblem problem) {
            commandLine.getErr().println("tiersync " + commandLine.getCommandName() + ": " + problem.getMessage());
            return ExitCodes.of(problem);
        }
        commandLine.getErr().println("tiersync " + commandLine.getCommandName() + " failed unexpectedly: " + e);
        e.printStackTrace(commandLine.getErr());
        return ExitCodes.FAILED;
    }
}
