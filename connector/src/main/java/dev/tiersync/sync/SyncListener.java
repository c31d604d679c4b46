package dev.tiersync.sync;

/** Hears how a run is getting on, for a progress bar. Called on the run's thread; must return quickly. */
public interface SyncListener {

    SyncListener NONE = new SyncListener() {
    };

    /** A phase began. */
    default void phase(Phase phase) {
    }

    /** Accounts settled so far (written or refused) of those the run writes. */
    default void written(int settled, int total) {
    }
}
