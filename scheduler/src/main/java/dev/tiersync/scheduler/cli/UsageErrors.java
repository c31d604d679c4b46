package dev.tiersync.scheduler.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;

/**
 * A command line that cannot be parsed (a missing option, an unknown one, a value of the wrong kind) is one line
 * naming it, with the nearest command or option if there is one and where the help is, not the whole usage text.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(command).append(": ").append(e.getMessage().strip());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
            }
        }
        line.append(" (see ").append(command).append(" --help)");
        commandLine.getErr().println(line);
        return ExitCodes.USAGE;
    }

    /** {@code --as-of} and other days: YYYY-MM-DD, refused naming the value and the form, not Java's parser. */
    static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a day: give YYYY-MM-DD, such as 2025-06-01");
        }
    }
}
