package dev.tiersync.runtime;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.plugins.PluginHost;
import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.plugins.internal.EnginePlugins;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.salesforce.resilience.GuardRegistry;
import dev.tiersync.salesforce.resilience.ResilienceSettings;
import dev.tiersync.salesforce.wsc.WscOrgConnector;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.sync.InMemorySnapshotStore;
import dev.tiersync.sync.SnapshotFit;
import dev.tiersync.sync.SnapshotLift;
import dev.tiersync.sync.SnapshotStore;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncSettings;
import java.time.Clock;
import java.util.Objects;

/**
 * The one place TierSync's sync is wired, shared by {@code serve}, {@code run} and {@code demo}: the
 * force-wsc connector with each org's call policy kept by name, the snapshot store, the settings, the
 * loaded plugins, and the jobs and lift checks made from a set of rules. Framework-free; Spring and the
 * command line only hand it their settings (and the plugins they started).
 */
public final class SyncRuntime {

    private final Clock clock;
    private final SyncSettings sync;
    private final SnapshotStore store;
    private final PluginRegistry plugins;
    private final GuardRegistry guards;
    private final OrgConnector connector;

    private SyncRuntime(Builder builder) {
        this.clock = builder.clock;
        this.sync = builder.sync;
        this.store = builder.store;
        this.plugins = builder.plugins != null ? builder.plugins : PluginHost.create(builder.clock).noPlugins();
        this.guards = new GuardRegistry(builder.resilience);
        this.connector = builder.connector != null ? builder.connector : new WscOrgConnector(builder.wsc, guards::guard);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A sync job that assesses with these rules and the plugins: each run starts the plugins afresh.
     *
     * @throws IllegalArgumentException naming the segment ({@code segments[N].conditions[M]}), when the rules use a
     *     segment condition no loaded plugin contributes, or settings it refuses
     */
    public SyncJob job(SegmentationConfig rules) {
        return new SyncJob(connector, segmenter(rules), clock, sync, store, EnginePlugins.bind(plugins, rules.segments()));
    }

    /** A lift check on the snapshots, with these rules and the plugins; throws as {@link #job} does. */
    public SnapshotLift lift(SegmentationConfig rules) {
        return new SnapshotLift(store, segmenter(rules), EnginePlugins.bind(plugins, rules.segments()));
    }

    /** The engine with these rules alone; its assessments take the plugins as {@link dev.tiersync.domain.engine.Extensions}. */
    /** The fit on the snapshots, with these rules and the plugins; throws as {@link #job} does. */
    public SnapshotFit fit(SegmentationConfig rules) {
        return new SnapshotFit(store, segmenter(rules), EnginePlugins.bind(plugins, rules.segments()));
    }

    public Segmenter segmenter(SegmentationConfig rules) {
        return new Segmenter(rules);
    }

    /** The loaded plugins. */
    public PluginRegistry plugins() {
        return plugins;
    }

    /** Each org's retry, circuit breaker and rate limiter, by the org's name. */
    public GuardRegistry guards() {
        return guards;
    }

    public SnapshotStore store() {
        return store;
    }

    public SyncSettings syncSettings() {
        return sync;
    }

    /** Settings for the runtime; every one has a default. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private WscSettings wsc = WscSettings.defaults();
        private ResilienceSettings resilience = ResilienceSettings.defaults();
        private SyncSettings sync = SyncSettings.defaults();
        private SnapshotStore store = new InMemorySnapshotStore();
        private PluginRegistry plugins;
        private OrgConnector connector;

        private Builder() {
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder salesforce(WscSettings settings) {
            this.wsc = Objects.requireNonNull(settings, "salesforce settings");
            return this;
        }

        public Builder resilience(ResilienceSettings settings) {
            this.resilience = Objects.requireNonNull(settings, "resilience settings");
            return this;
        }

        public Builder sync(SyncSettings settings) {
            this.sync = Objects.requireNonNull(settings, "sync settings");
            return this;
        }

        /** Where snapshots are kept (default: in memory, for one process). */
        public Builder store(SnapshotStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The plugins the caller started (default: none); the caller closes them. */
        public Builder plugins(PluginRegistry plugins) {
            this.plugins = Objects.requireNonNull(plugins, "plugins");
            return this;
        }

        /** Another connector than force-wsc's, for tests of the sync without the wire. */
        public Builder connector(OrgConnector connector) {
            this.connector = Objects.requireNonNull(connector, "connector");
            return this;
        }

        public SyncRuntime build() {
            return new SyncRuntime(this);
        }
    }
}
