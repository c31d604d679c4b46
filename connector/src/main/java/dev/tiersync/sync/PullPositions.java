package dev.tiersync.sync;

import dev.tiersync.salesforce.PageSink;
import dev.tiersync.salesforce.Pulled;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps the org's pull in progress up to date as pages are stored: each object's position moves once the pages
 * before it are stored (on the page writer's thread, in order), so a run stopped at any point leaves a position the
 * next run can go on from, never one ahead of what the snapshot holds.
 */
final class PullPositions {

    private final SnapshotStore store;
    private final String org;
    private final PullProgress progress;
    private final PageWriter writer;

    PullPositions(SnapshotStore store, String org, PullProgress progress, PageWriter writer) {
        this.store = store;
        this.org = org;
        this.progress = progress;
        this.writer = writer;
    }

    /** How far an earlier run of this pull came with the object, if it began it. */
    Optional<PullProgress.Position> of(String object) {
        return progress.of(object);
    }

    /** Records of the object earlier runs of this pull stored. */
    int storedBefore(String object) {
        return progress.of(object).map(PullProgress.Position::records).orElse(0);
    }

    /**
     * The sink of one object's pull: pages are counted and stored by {@code put} on the writer's thread, and each
     * position the pull reports is remembered after them.
     */
    <T> PageSink<T> sink(String object, boolean whole, Tally tally, Consumer<List<Pulled<T>>> put) {
        int before = storedBefore(object);
        return new PageSink<>() {
            @Override
            public void accept(List<Pulled<T>> page) {
                tally.add(page);
                writer.store(() -> put.accept(page));
            }

            @Override
            public void deliveredThrough(String id) {
                PullProgress.Position position = new PullProgress.Position(whole, id, false, before + tally.records);
                writer.store(() -> store.recordPullPosition(org, object, position));
            }
        };
    }

    /** The object is pulled to its end, once what was handed over before is stored. */
    void finished(String object, boolean whole, Tally tally) {
        PullProgress.Position position = new PullProgress.Position(whole, null, true, storedBefore(object) + tally.records);
        writer.store(() -> store.recordPullPosition(org, object, position));
    }

    /** Runs after what was handed over before is stored. */
    void then(Runnable step) {
        writer.store(step);
    }

    /** Counts one object's records pulled by this run. */
    static final class Tally {
        int records;
        int deleted;

        void add(List<? extends Pulled<?>> page) {
            for (Pulled<?> pulled : page) {
                records++;
                if (pulled.deleted()) {
                    deleted++;
                }
            }
        }
    }
}
