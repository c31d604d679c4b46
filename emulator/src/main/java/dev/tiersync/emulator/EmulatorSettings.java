package dev.tiersync.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start an emulated org.
 *
 * @param port the port on 127.0.0.1, or 0 for any free one
 * @param data the records the org starts with
 * @param username the login the org accepts
 * @param password the password the org accepts
 * @param clock the org's clock, for SystemModstamp and the like
 * @param dailyApiLimit API requests allowed per day, reported in LimitInfoHeader
 * @param sessionTimeout how long a session lives without a call
 * @param faults the failures to inject
 * @param jwtBearer the connected app the JWT bearer flow trusts, or null when the flow is off
 */
public record EmulatorSettings(int port, OrgData data, String username, String password, Clock clock, int dailyApiLimit,
                               Duration sessionTimeout, FaultPlan faults, JwtBearerTrust jwtBearer) {

    public static final int DEFAULT_DAILY_API_LIMIT = 1_000_000;
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofHours(2);

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
        if (dailyApiLimit < 1) {
            throw new IllegalArgumentException("daily API limit must be 1 or more, was " + dailyApiLimit);
        }
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
            throw new IllegalArgumentException("session timeout must be positive, was " + sessionTimeout);
        }
        Objects.requireNonNull(faults, "faults");
    }

    public static EmulatorSettings of(OrgData data) {
        return new EmulatorSettings(0, data, DEFAULT_USERNAME, DEFAULT_PASSWORD, Clock.systemUTC(), DEFAULT_DAILY_API_LIMIT,
                DEFAULT_SESSION_TIMEOUT, FaultPlan.none(), null);
    }

    public EmulatorSettings withPort(int port) {
        return new EmulatorSettings(port, data, username, password, clock, dailyApiLimit, sessionTimeout, faults, jwtBearer);
    }

    /** The one user who may log in. */
    public EmulatorSettings withUser(String username, String password) {
        return new EmulatorSettings(port, data, username, password, clock, dailyApiLimit, sessionTimeout, faults, jwtBearer);
    }

    public EmulatorSettings withClock(Clock clock) {
        return new EmulatorSettings(port, data, username, password, clock, dailyApiLimit, sessionTimeout, faults, jwtBearer);
    }

    public EmulatorSettings withDailyApiLimit(int limit) {
        return new EmulatorSettings(port, data, username, password, clock, limit, sessionTimeout, faults, jwtBearer);
    }

    public EmulatorSettings withSessionTimeout(Duration timeout) {
        return new EmulatorSettings(port, data, username, password, clock, dailyApiLimit, timeout, faults, jwtBearer);
    }

    public EmulatorSettings withJwtBearer(JwtBearerTrust trust) {
        return new EmulatorSettings(port, data, username, password, clock, dailyApiLimit, sessionTimeout, faults, trust);
    }

    public EmulatorSettings withFaults(FaultPlan plan) {
        return new EmulatorSettings(port, data, username, password, clock, dailyApiLimit, sessionTimeout, plan, jwtBearer);
    }

    @Override
    public String toString() {
        return "EmulatorSettings[port=" + port + ", username=" + username + ", password=******]";
    }
}
