package dev.tiersync.scheduler.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T06:00:00Z"), ZoneOffset.UTC);

    static CliRun of(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> withHome = new java.util.HashMap<>(environment);
        try {
            // Each run gets its own snapshot database, never the user's ~/.tiersync.
            withHome.putIfAbsent("TIERSYNC_HOME", java.nio.file.Files.createTempDirectory("tiersync-home").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int code = TierSyncCommand.commandLine(new CliContext(withHome, CLOCK))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
