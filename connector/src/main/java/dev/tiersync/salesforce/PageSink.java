package dev.tiersync.salesforce;

import java.util.List;

/**
 * Where a pull hands its pages. Besides the pages, a pull says how far it has come: every record its scope
 * matches up to an id has been handed over ({@link #deliveredThrough}), which is where a pull stopped after
 * that point goes on from ({@link PullScope#after}).
 *
 * @param <T> the records pulled
 */
@FunctionalInterface
public interface PageSink<T> {

    /**
     * A page of records, in id order within the pull (a Bulk chunk's records may come in any order inside it). The
     * pages of Bulk chunks read at once come from as many threads, so a sink takes pages from several at the same time.
     */
    void accept(List<Pulled<T>> page);

    /** Every record the scope matches whose id sorts at or before {@code id} has been handed to {@link #accept}. */
    default void deliveredThrough(String id) {
    }

    /** How many records the scope matches, as the org said with the first page; told before that page. */
    default void matching(int records) {
    }

    /** Asked after each page: whether to go on; a sink that says no has the pull end there, its position kept. */
    default boolean more() {
        return true;
    }
}
