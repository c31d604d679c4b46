package dev.tiersync.sync;

import dev.tiersync.concurrent.AllAtOnce;
import dev.tiersync.salesforce.IdRange;
import dev.tiersync.salesforce.PageSink;
import dev.tiersync.salesforce.PullScope;
import dev.tiersync.salesforce.Pulled;
import dev.tiersync.salesforce.RecordReader;
import dev.tiersync.salesforce.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls one object into the snapshot, from where an earlier run of the pull left it. A full pull of an object big
 * enough (but under the Bulk threshold, where PK chunking splits the work instead) is split into streams of id
 * ranges, pulled at the same time, each with its own query cursor and page writer: a pull spends most of its time
 * waiting for Salesforce to answer, and a single cursor leaves that time idle. The first page says how many records
 * match; a pull worth splitting stops after it, asks for the highest id (one call), and goes on from the first
 * page's last id in streams. How far each stream has come is kept apart.
 */
final class ObjectPull {

    private static final Logger log = LoggerFactory.getLogger(ObjectPull.class);

    /** A stream is worth its own cursor only for this many records or more. */
    static final int RECORDS_PER_STREAM = 5_000;

    /** One object's pull through the org's reader. */
    @FunctionalInterface
    interface Puller<T> {
        Route pull(PullScope scope, PageSink<T> sink);
    }

    private final RecordReader session;
    private final String org;
    private final PullPositions positions;
    private final int streams;

    /** @param streams the most streams a full pull of one object is split into; 1 never splits */
    ObjectPull(RecordReader session, String org, PullPositions positions, int streams) {
        this.session = session;
        this.org = org;
        this.positions = positions;
        this.streams = streams;
    }

    /** Whether an earlier run of the pull brought the object to its end. */
    boolean done(String object) {
        SortedMap<Integer, PullProgress.Position> split = positions.progress().streamsOf(object);
        if (!split.isEmpty()) {
            return split.values().stream().allMatch(PullProgress.Position::done);
        }
        return positions.of(object).map(PullProgress.Position::done).orElse(false);
    }

    /**
     * Pulls the object's records the scope matches and stores them with {@code put}, counting them in {@code tally};
     * returns once all are stored.
     *
     * @param whole whether the object is pulled in full (it may then be split)
     * @return how the records came
     */
    <T> Route run(String object, PullScope scope, boolean whole, Puller<T> puller, Consumer<List<Pulled<T>>> put,
                  PullPositions.Tally tally) {
        SortedMap<Integer, PullProgress.Position> split = positions.progress().streamsOf(object);
        if (!split.isEmpty()) {
            return streams(object, scope, split, puller, put, tally);
        }
        if (!whole || streams < 2 || positions.of(object).isPresent()) {
            return stream(object, scope, whole, IdRange.ALL, null, puller, put, tally, null);
        }
        // the first page says how many records match: a pull big enough stops after it and goes on in streams
        FirstPage first = new FirstPage();
        Route route = stream(object, scope, whole, IdRange.ALL, null, puller, put, tally, first);
        if (!first.stopped) {
            return route;
        }
        String after = first.lastId;
        int[] matching = {first.matching};
        Optional<String> last = session.edgeId(object, scope, true);
        List<IdRange> ranges = after == null || last.isEmpty() || after.compareTo(last.get()) >= 0 ? List.of(IdRange.ALL)
                : IdRange.split(after, last.get(), parts(matching[0], scope));
        log.info("pulling {} {} records of org {} in {} streams of id ranges", matching[0], object, org, ranges.size());
        split = positions.split(object, whole, ranges, after, tally.records());
        return streams(object, scope, split, puller, put, tally);
    }

    /** How many streams a pull of this many records is worth: one above the Bulk threshold (PK chunking splits it). */
    private int parts(int matching, PullScope scope) {
        return matching > scope.bulkThreshold() ? 1 : Math.min(streams, matching / RECORDS_PER_STREAM);
    }

    private <T> Route streams(String object, PullScope scope, SortedMap<Integer, PullProgress.Position> split,
                              Puller<T> puller, Consumer<List<Pulled<T>>> put, PullPositions.Tally tally) {
        List<Callable<Route>> running = new ArrayList<>();
        List<PullPositions.Tally> tallies = new ArrayList<>();
        split.forEach((stream, position) -> {
            if (position.done()) {
                return;
            }
            PullPositions.Tally counted = new PullPositions.Tally();
            tallies.add(counted);
            String key = PullProgress.streamKey(object, stream);
            running.add(() -> stream(key, scope.within(position.range()), position.whole(), position.range(),
                    position.afterId(), puller, put, counted, null));
        });
        try {
            List<Route> routes = AllAtOnce.run("tiersync-pull-" + org + "-" + object, split.size(), running,
                    failed -> new SnapshotStoreException("a stream of the " + object + " pull failed: " + failed, failed));
            return routes.isEmpty() ? Route.NONE : routes.get(routes.size() - 1);
        } finally {
            tallies.forEach(tally::add);
        }
    }

    /**
     * One stream: its pages stored by a writer of its own, its position kept after them. With {@code first}, the
     * stream stops after its first page when the records that match are worth splitting, and says so there.
     */
    private <T> Route stream(String key, PullScope scope, boolean whole, IdRange range, String resumeAfter,
                             Puller<T> puller, Consumer<List<Pulled<T>>> put, PullPositions.Tally tally, FirstPage first) {
        String after = resumeAfter != null ? resumeAfter : positions.of(key).map(PullProgress.Position::afterId).orElse(null);
        try (PageWriter writer = new PageWriter(org + "-" + key, SnapshotPull.PAGES_IN_FLIGHT)) {
            PageSink<T> sink = positions.sink(key, whole, range, tally, writer, put);
            Route route = puller.pull(scope.after(after), first == null ? sink : new PageSink<>() {
                @Override
                public void accept(List<Pulled<T>> page) {
                    sink.accept(page);
                }

                @Override
                public void deliveredThrough(String id) {
                    first.lastId = id;
                    sink.deliveredThrough(id);
                }

                @Override
                public void matching(int records) {
                    first.matching = records;
                }

                @Override
                public boolean more() {
                    first.stopped = first.lastId != null && parts(first.matching, scope) >= 2;
                    return !first.stopped;
                }
            });
            if (first == null || !first.stopped) {
                positions.finished(key, whole, range, tally, writer);
            }
            writer.finish();
            return route;
        }
    }

    /** What the first page of a pull that may split said: how many records match, its last id, whether it stopped. */
    private static final class FirstPage {
        int matching;
        String lastId;
        boolean stopped;
    }
}
