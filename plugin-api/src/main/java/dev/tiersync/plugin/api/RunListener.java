package dev.tiersync.plugin.api;

/**
 * Extension point {@code run-listener}: told when a run has finished, for example to notify another
 * system. Called once per run, after the run's report is complete, whatever the run's status; a listener
 * that throws is recorded against its plugin and the run's outcome does not change.
 */
@FunctionalInterface
public interface RunListener {

    /**
     * Called when a run has finished.
     *
     * @param summary what the run did
     */
    void runFinished(RunSummary summary);
}
