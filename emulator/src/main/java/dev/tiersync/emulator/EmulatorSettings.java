package dev.tiersync.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to start an emulated org: immutable, checked when made, changed by the {@code with...} methods,
 * each of which returns a copy.
 */
public final class EmulatorSettings {

    public static final int DEFAULT_DAILY_API_LIMIT = 1_000_000;
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofHours(2);

    public static final String DEFAULT_USERNAME = "admin@tiersync.local";
    public static final String DEFAULT_PASSWORD = "tiersync";

    private final int port;
    private final OrgData data;
    private final String username;
    private final String password;
    private final Clock clock;
    private final int dailyApiLimit;
    private final Duration sessionTimeout;
    private final FaultPlan faults;
    private final JwtBearerTrust jwtBearer;
    private final EmulatorTls tls;
    private final BulkTiming bulkTiming;
    private final java.util.List<DeployedPicklist> picklists;
    private final java.util.Set<String> deniedObjects;

    private EmulatorSettings(Builder b) {
        if (b.port < 0 || b.port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535 (0 for any free port), was " + b.port);
        }
        if (b.username == null || b.username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (b.password == null || b.password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        if (b.dailyApiLimit < 1) {
            throw new IllegalArgumentException("daily API limit must be 1 or more, was " + b.dailyApiLimit);
        }
        Objects.requireNonNull(b.sessionTimeout, "sessionTimeout");
        if (b.sessionTimeout.isNegative() || b.sessionTimeout.isZero()) {
            throw new IllegalArgumentException("session timeout must be positive, was " + b.sessionTimeout);
        }
        this.port = b.port;
        this.data = Objects.requireNonNull(b.data, "data");
        this.username = b.username;
        this.password = b.password;
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.dailyApiLimit = b.dailyApiLimit;
        this.sessionTimeout = b.sessionTimeout;
        this.faults = Objects.requireNonNull(b.faults, "faults");
        this.jwtBearer = b.jwtBearer;
        this.tls = Objects.requireNonNull(b.tls, "tls");
        this.bulkTiming = Objects.requireNonNull(b.bulkTiming, "bulkTiming");
        this.picklists = java.util.List.copyOf(b.picklists);
        this.deniedObjects = java.util.Set.copyOf(b.deniedObjects);
    }

    /** Plain HTTP on any free port, the default user, the system clock, no faults. */
    public static EmulatorSettings of(OrgData data) {
        Builder b = new Builder();
        b.data = data;
        return new EmulatorSettings(b);
    }

    /** The port on 127.0.0.1, or 0 for any free one. */
    public int port() {
        return port;
    }

    /** The records the org starts with. */
    public OrgData data() {
        return data;
    }

    /** The login the org accepts. */
    public String username() {
        return username;
    }

    /** The password the org accepts. */
    public String password() {
        return password;
    }

    /** The org's clock, for SystemModstamp, session timeouts, Bulk batch progress and the like. */
    public Clock clock() {
        return clock;
    }

    /** API requests allowed per day, reported in LimitInfoHeader. */
    public int dailyApiLimit() {
        return dailyApiLimit;
    }

    /** How long a session lives without a call. */
    public Duration sessionTimeout() {
        return sessionTimeout;
    }

    /** The failures to inject. */
    public FaultPlan faults() {
        return faults;
    }

    /** The connected app the JWT bearer flow trusts, or null when the flow is off. */
    public JwtBearerTrust jwtBearer() {
        return jwtBearer;
    }

    /** Whether the org answers HTTPS, and with which certificate. */
    public EmulatorTls tls() {
        return tls;
    }

    /** How long a Bulk batch stays queued and in progress, on the org's clock. */
    public BulkTiming bulkTiming() {
        return bulkTiming;
    }

    public EmulatorSettings withPort(int value) {
        return copy(b -> b.port = value);
    }

    /** The one user who may log in. */
    public EmulatorSettings withUser(String name, String secret) {
        return copy(b -> {
            b.username = name;
            b.password = secret;
        });
    }

    public EmulatorSettings withClock(Clock value) {
        return copy(b -> b.clock = value);
    }

    public EmulatorSettings withDailyApiLimit(int limit) {
        return copy(b -> b.dailyApiLimit = limit);
    }

    public EmulatorSettings withSessionTimeout(Duration timeout) {
        return copy(b -> b.sessionTimeout = timeout);
    }

    public EmulatorSettings withJwtBearer(JwtBearerTrust trust) {
        return copy(b -> b.jwtBearer = trust);
    }

    public EmulatorSettings withFaults(FaultPlan plan) {
        return copy(b -> b.faults = plan);
    }

    /** HTTPS on the port instead of HTTP, with the given certificate. */
    public EmulatorSettings withHttps(EmulatorTls value) {
        return copy(b -> b.tls = value);
    }

    public EmulatorSettings withBulkTiming(BulkTiming value) {
        return copy(b -> b.bulkTiming = value);
    }

    /**
     * An org whose admin deployed other values for a picklist than the salesforce-metadata project's, such as
     * Segment__c's for segment rules of their own (what {@code tiersync metadata --rules FILE} generates).
     */
    public EmulatorSettings withPicklistValues(String object, String field, java.util.List<String> values) {
        DeployedPicklist picklist = new DeployedPicklist(object, field, java.util.List.copyOf(values));
        return copy(b -> b.picklists.add(picklist));
    }

    /** The picklists given values of their own, in the order given. */
    public java.util.List<DeployedPicklist> picklists() {
        return picklists;
    }

    /**
     * An org whose API user cannot see these objects (its profile lacks read access, or the feature is off):
     * describe does not list them, SOQL and Bulk jobs on them fail as Salesforce fails them ({@code INVALID_TYPE},
     * {@code InvalidEntity}), and their records are not loaded.
     */
    public EmulatorSettings withoutAccessTo(String... objects) {
        return copy(b -> b.deniedObjects.addAll(java.util.List.of(objects)));
    }

    /** The objects the API user cannot see. */
    public java.util.Set<String> deniedObjects() {
        return deniedObjects;
    }

    /** A picklist's deployed values. */
    public record DeployedPicklist(String object, String field, java.util.List<String> values) {
    }

    private EmulatorSettings copy(Consumer<Builder> change) {
        Builder b = new Builder();
        b.port = port;
        b.data = data;
        b.username = username;
        b.password = password;
        b.clock = clock;
        b.dailyApiLimit = dailyApiLimit;
        b.sessionTimeout = sessionTimeout;
        b.faults = faults;
        b.jwtBearer = jwtBearer;
        b.tls = tls;
        b.bulkTiming = bulkTiming;
        b.picklists.addAll(picklists);
        b.deniedObjects.addAll(deniedObjects);
        change.accept(b);
        return new EmulatorSettings(b);
    }

    @Override
    public String toString() {
        return "EmulatorSettings[port=" + port + ", username=" + username + ", password=******, tls=" + tls + "]";
    }

    private static final class Builder {
        private int port;
        private OrgData data;
        private String username = DEFAULT_USERNAME;
        private String password = DEFAULT_PASSWORD;
        private Clock clock = Clock.systemUTC();
        private int dailyApiLimit = DEFAULT_DAILY_API_LIMIT;
        private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;
        private FaultPlan faults = FaultPlan.none();
        private JwtBearerTrust jwtBearer;
        private EmulatorTls tls = EmulatorTls.off();
        private BulkTiming bulkTiming = BulkTiming.immediate();
        private final java.util.List<DeployedPicklist> picklists = new java.util.ArrayList<>();
        private final java.util.Set<String> deniedObjects = new java.util.HashSet<>();
    }
}
