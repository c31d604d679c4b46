package dev.tiersync.sync;

import dev.tiersync.domain.engine.Extensions;
import java.util.List;

/**
 * The plugins' part in one run, as the sync sees it: the engine's extensions for the run's assessment, the
 * plugins that failed and were switched off, and the run listeners to tell once the run is over. Each run
 * gets its own (from {@link JobPlugins#start()}), so a plugin switched off in one run is on again in the next.
 */
public interface RunPlugins {

    /** A run without plugins. */
    RunPlugins NONE = new RunPlugins() {
        @Override
        public Extensions extensions() {
            return Extensions.NONE;
        }

        @Override
        public List<DisabledPlugin> disabled() {
            return List.of();
        }

        @Override
        public List<DisabledPlugin> runFinished(String org, SyncReport report) {
            return List.of();
        }
    };

    /** What the plugins add to the engine in this run. */
    Extensions extensions();

    /** The plugins switched off in this run so far, each once, in the order they failed. */
    List<DisabledPlugin> disabled();

    /**
     * Tells the plugins' run listeners that the run is over. Never throws: a listener that does is switched
     * off like any failing plugin.
     *
     * @param org the org's name in TierSync's configuration
     * @return the plugins that failed while being told, which the report (made before) does not name
     */
    List<DisabledPlugin> runFinished(String org, SyncReport report);
}
