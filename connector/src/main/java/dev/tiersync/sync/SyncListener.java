package dev.tiersync.sync;

/** Hears how a run is getting on, for a progress bar. Called on the run's thread; must return quickly. */
public interface SyncListener {

    SyncListener NONE = new SyncListener() {
    };

    /** A phase began: {@code pull}, {@code load}, {@code assess} or {@code write}. */
    default void phase(String name) {
    }

    /** Accounts settled so far (written or refused) of those the run writes. */
    default void written(int settled, int total) {
    }
}
