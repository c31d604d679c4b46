package dev.tiersync.emulator.org;

import dev.tiersync.emulator.soql.SoqlQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Open query results that queryMore continues; a cursor unused for 15 minutes expires. */
public final class QueryCursors {

    static final Duration EXPIRY = Duration.ofMinutes(15);

    private final Map<String, Cursor> open = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** The rows of a query, its page size, and when it was last used. */
    public record Cursor(SoqlQuery query, List<String[]> rows, int pageSize, Instant lastUsed) {
    }

    public String open(SoqlQuery query, List<String[]> rows, int pageSize, Instant now) {
        String id = String.format("01g5g00000EMUL%04d", sequence.incrementAndGet() % 10_000);
        open.put(id, new Cursor(query, rows, pageSize, now));
        return id;
    }

    public Optional<Cursor> use(String id, Instant now) {
        Cursor cursor = open.get(id);
        if (cursor == null || cursor.lastUsed().plus(EXPIRY).isBefore(now)) {
            open.remove(id);
            return Optional.empty();
        }
        Cursor touched = new Cursor(cursor.query(), cursor.rows(), cursor.pageSize(), now);
        open.put(id, touched);
        return Optional.of(touched);
    }

    public void close(String id) {
        open.remove(id);
    }
}
