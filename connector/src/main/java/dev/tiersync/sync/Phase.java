package dev.tiersync.sync;

import java.util.Locale;

/** The phases of a run, in the order they happen. */
public enum Phase {
    /** Bringing the snapshot up to date from the org. */
    PULL,
    /** Reading the org's accounts and opportunities from the snapshot. */
    LOAD,
    /** Segmenting every account and planning the writes. */
    ASSESS,
    /** Writing what changed. */
    WRITE;

    /** The phase's name in reports: {@code pull}, {@code load}, {@code assess}, {@code write}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
