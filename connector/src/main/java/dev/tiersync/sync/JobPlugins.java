package dev.tiersync.sync;

/** The plugins a job's runs use, with the job's rules' named conditions bound: each run starts its own. */
@FunctionalInterface
public interface JobPlugins {

    /** No plugin. */
    JobPlugins NONE = () -> RunPlugins.NONE;

    /** The plugins for a new run, none switched off yet. */
    RunPlugins start();
}
