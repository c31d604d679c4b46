package dev.tiersync.scheduler.cli;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What commands take from the world: the environment and the clock. Tests give their own.
 *
 * @param environment environment variables, such as {@code TIERSYNC_PASSWORD}
 */
public record CliContext(Map<String, String> environment, Clock clock) {

    public CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
    }

    public static CliContext system() {
        return new CliContext(System.getenv(), Clock.systemDefaultZone());
    }
}
