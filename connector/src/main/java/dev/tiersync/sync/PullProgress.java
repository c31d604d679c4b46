package dev.tiersync.sync;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pull that began and has not finished: the snapshot holds what it stored, and the next run goes on from each
 * object's position instead of pulling it all again.
 *
 * @param generation the generation its records are stored under
 * @param full whether it pulls everything (then ends by removing what it did not see)
 * @param changedSince for an incremental pull, the earliest change it asks for; null for a full pull
 * @param startedAt the org's time when it began: the cursor it ends with, whenever it ends
 * @param begunAt TierSync's time when it began
 * @param reason why it pulls what it pulls, as its first run said
 * @param orgFields the org's own Account fields it selects beside the catalog's
 * @param objects how far each object has come, by API name; an object not here has not begun
 */
public record PullProgress(long generation, boolean full, Instant changedSince, Instant startedAt, Instant begunAt,
                           String reason, java.util.List<String> orgFields, Map<String, Position> objects) {

    public PullProgress {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(begunAt, "begunAt");
        Objects.requireNonNull(reason, "reason");
        orgFields = java.util.List.copyOf(orgFields);
        objects = Map.copyOf(objects);
        if (full != (changedSince == null)) {
            throw new IllegalArgumentException("a full pull has no changed-since instant and an incremental one has one");
        }
    }

    /** A pull just begun: no object has come anywhere yet. */
    static PullProgress begun(long generation, Instant changedSince, Instant startedAt, Instant begunAt, String reason,
                              java.util.List<String> orgFields) {
        return new PullProgress(generation, changedSince == null, changedSince, startedAt, begunAt, reason, orgFields, Map.of());
    }

    /** The same pull selecting other org fields, with the object pulled again from its first record. */
    PullProgress restarting(String object, java.util.List<String> fields) {
        Map<String, Position> kept = new java.util.HashMap<>(objects);
        kept.remove(object);
        return new PullProgress(generation, full, changedSince, startedAt, begunAt, reason, fields, kept);
    }

    /** The same pull with one object's position. */
    PullProgress with(String object, Position position) {
        Map<String, Position> moved = new java.util.HashMap<>(objects);
        moved.put(object, position);
        return new PullProgress(generation, full, changedSince, startedAt, begunAt, reason, orgFields, moved);
    }

    Optional<Position> of(String object) {
        return Optional.ofNullable(objects.get(object));
    }

    /** Records stored so far, of every object. */
    int records() {
        return objects.values().stream().mapToInt(Position::records).sum();
    }

    /** The streams an object's pull was split into, by key ({@code Opportunity#0}, ...), in range order; empty if not split. */
    java.util.SortedMap<Integer, Position> streamsOf(String object) {
        java.util.SortedMap<Integer, Position> streams = new java.util.TreeMap<>();
        objects.forEach((key, position) -> {
            if (key.startsWith(object + STREAM)) {
                streams.put(Integer.valueOf(key.substring(object.length() + 1)), position);
            }
        });
        return streams;
    }

    /** Whether an earlier run of this pull began the object (as one stream or split) as a pull of every record. */
    Optional<Boolean> whole(String object) {
        return of(object).or(() -> streamsOf(object).values().stream().findFirst()).map(Position::whole);
    }

    /** The key of one stream of an object's pull. */
    static String streamKey(String object, int stream) {
        return object + STREAM + stream;
    }

    private static final String STREAM = "#";

    /**
     * How far one object's pull, or one stream of it, has come.
     *
     * @param whole whether the object is pulled in full (every record), not only what changed
     * @param afterId every record up to this id is stored; null when none is yet
     * @param done whether the object is pulled to its end
     * @param records how many records of it are stored so far
     * @param range the ids of the stream; {@link IdRange#ALL} when the object's pull is not split
     */
    public record Position(boolean whole, String afterId, boolean done, int records, dev.tiersync.salesforce.IdRange range) {

        public Position {
            java.util.Objects.requireNonNull(range, "range");
        }

        /** The position of an object whose pull is not split. */
        public Position(boolean whole, String afterId, boolean done, int records) {
            this(whole, afterId, done, records, dev.tiersync.salesforce.IdRange.ALL);
        }
    }
}
