package dev.tiersync.emulator.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Salesforce's DateTime format, and a clock that never hands out the same instant twice. */
public final class Clocks {

    public static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private Instant last = Instant.EPOCH;

    public Clocks(Clock clock) {
        this.clock = clock;
    }

    /** Now, at least one millisecond after the last call, so every write moves SystemModstamp forward. */
    public synchronized Instant tick() {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        last = now.isAfter(last) ? now : last.plusMillis(1);
        return last;
    }

    /**
     * The stamp of a change to a record last stamped {@code previous}: now, to the millisecond, as
     * Salesforce stamps every record of one transaction alike; a millisecond after {@code previous} if
     * now is not later, so a record's own stamp always moves forward.
     */
    public synchronized Instant stampAfter(String previous) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (previous != null && !previous.isEmpty()) {
            Instant before = java.time.OffsetDateTime.parse(previous).toInstant();
            if (!now.isAfter(before)) {
                return before.plusMillis(1);
            }
        }
        return now;
    }

    public Instant now() {
        return clock.instant();
    }

    public static String format(Instant instant) {
        return DATETIME.format(instant);
    }
}
