package dev.tiersync.emulator;

import java.time.Clock;
import java.util.Objects;

/**
 * How to start an emulated org.
 *
 * @param port the port on 127.0.0.1, or 0 for any free one
 * @param data the records the org starts with
 * @param username the login the org accepts
 * @param password the password the org accepts
 * @param clock the org's clock, for SystemModstamp and the like
 */
public record EmulatorSettings(int port, OrgData data, String username, String password, Clock clock) {

    public static final String DEFAULT_USERNAME = "admin@tiersync.local";
    public static final String DEFAULT_PASSWORD = "tiersync";

    public EmulatorSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535 (0 for any free port), was " + port);
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(clock, "clock");
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
    }

    public static EmulatorSettings of(OrgData data) {
        return new EmulatorSettings(0, data, DEFAULT_USERNAME, DEFAULT_PASSWORD, Clock.systemUTC());
    }

    public EmulatorSettings withPort(int port) {
        return new EmulatorSettings(port, data, username, password, clock);
    }

    public EmulatorSettings withClock(Clock clock) {
        return new EmulatorSettings(port, data, username, password, clock);
    }

    @Override
    public String toString() {
        return "EmulatorSettings[port=" + port + ", username=" + username + ", password=******]";
    }
}
