package dev.tiersync.sync;

import dev.tiersync.salesforce.IdRange;
import dev.tiersync.salesforce.PageSink;
import dev.tiersync.salesforce.Pulled;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps the org's pull in progress up to date as pages are stored: each object's (or stream's) position moves once
 * the pages before it are stored (on that stream's page writer, in order), so a run stopped at any point leaves a
 * position the next run can go on from, never one ahead of what the snapshot holds.
 */
final class PullPositions {

    private final SnapshotStore store;
    private final String org;
    private final PullProgress progress;
    /** Records stored before each stream began, for streams split off during this run. */
    private final java.util.Map<String, Integer> splitOff = new java.util.concurrent.ConcurrentHashMap<>();

    PullPositions(SnapshotStore store, String org, PullProgress progress) {
        this.store = store;
        this.org = org;
        this.progress = progress;
    }

    PullProgress progress() {
        return progress;
    }

    /** How far an earlier run of this pull came with the object or stream, if it began it. */
    Optional<PullProgress.Position> of(String key) {
        return progress.of(key);
    }

    /**
     * Remembers the streams an object's pull goes on in, before any of them begins: the first starts after the
     * records pulled so far as one stream ({@code after}, {@code records}), which are then counted as its.
     *
     * @return the streams' positions, by stream
     */
    java.util.SortedMap<Integer, PullProgress.Position> split(String object, boolean whole, List<IdRange> ranges,
                                                               String after, int records) {
        java.util.SortedMap<Integer, PullProgress.Position> streams = new java.util.TreeMap<>();
        for (int i = 0; i < ranges.size(); i++) {
            PullProgress.Position position = new PullProgress.Position(whole, i == 0 ? after : null, false,
                    i == 0 ? records : 0, ranges.get(i));
            store.recordPullPosition(org, PullProgress.streamKey(object, i), position);
            splitOff.put(PullProgress.streamKey(object, i), position.records());
            streams.put(i, position);
        }
        store.recordPullPosition(org, object, new PullProgress.Position(whole, after, true, 0));
        return streams;
    }

    /**
     * The sink of one object's or stream's pull: pages are counted and stored by {@code put} on the writer's thread,
     * and each position the pull reports is remembered after them.
     */
    <T> PageSink<T> sink(String key, boolean whole, IdRange range, Tally tally, PageWriter writer,
                         Consumer<List<Pulled<T>>> put) {
        int before = storedBefore(key);
        Through through = new Through();
        return new PageSink<>() {
            @Override
            public void accept(List<Pulled<T>> page) {
                tally.add(page);
                through.add(page);
                writer.store(() -> put.accept(page));
            }

            @Override
            public void deliveredThrough(String id) {
                PullProgress.Position position = new PullProgress.Position(whole, id, false, before + through.upTo(id), range);
                writer.store(() -> store.recordPullPosition(org, key, position));
            }
        };
    }

    /**
     * Counts the records a position covers: pages of Bulk chunks read at once may arrive beyond it (their chunk ahead
     * of one still being read), and count only once the position passes them. A page's records all lie in one chunk,
     * so a page counts once its highest id is at or before the position.
     */
    private static final class Through {
        private final java.util.Map<String, Integer> ahead = new java.util.HashMap<>();
        private int counted;

        synchronized void add(List<? extends Pulled<?>> page) {
            if (!page.isEmpty()) {
                String highest = page.stream().map(Pulled::id).max(String::compareTo).orElseThrow();
                ahead.merge(highest, page.size(), Integer::sum);
            }
        }

        synchronized int upTo(String id) {
            var passed = ahead.entrySet().iterator();
            while (passed.hasNext()) {
                var page = passed.next();
                if (page.getKey().compareTo(id) <= 0) {
                    counted += page.getValue();
                    passed.remove();
                }
            }
            return counted;
        }
    }

    /** The object or stream is pulled to its end, once what was handed over before is stored. */
    void finished(String key, boolean whole, IdRange range, Tally tally, PageWriter writer) {
        PullProgress.Position position = new PullProgress.Position(whole, null, true, storedBefore(key) + tally.records(), range);
        writer.store(() -> store.recordPullPosition(org, key, position));
    }

    private int storedBefore(String key) {
        Integer split = splitOff.get(key);
        return split != null ? split : progress.of(key).map(PullProgress.Position::records).orElse(0);
    }

    /** Counts records pulled by this run; streams of one object may add at once. */
    static final class Tally {
        private int records;
        private int deleted;

        synchronized void add(List<? extends Pulled<?>> page) {
            for (Pulled<?> pulled : page) {
                records++;
                if (pulled.deleted()) {
                    deleted++;
                }
            }
        }

        synchronized void add(Tally other) {
            records += other.records();
            deleted += other.deleted();
        }

        synchronized int records() {
            return records;
        }

        synchronized int deleted() {
            return deleted;
        }
    }
}
