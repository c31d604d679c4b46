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
        java.nio.file.Path home = null;
        try {
            // Each run gets its own snapshot database, never the user's ~/.tiersync, and removes it afterwards.
            if (!withHome.containsKey("TIERSYNC_HOME")) {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
                home = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "tiersync-home");
                withHome.put("TIERSYNC_HOME", home.toString());
            }
            int code = TierSyncCommand.commandLine(new CliContext(withHome, CLOCK))
                    .setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(err, true))
                    .execute(args);
            return new CliRun(code, out.toString(), err.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (home != null) {
                org.springframework.util.FileSystemUtils.deleteRecursively(home.toFile());
            }
        }
    }
}
