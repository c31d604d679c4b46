package dev.tiersync.scheduler.cli;

import dev.tiersync.scheduler.problem.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The day {@code run} and {@code demo} assess as of ({@code --as-of}): today unless given; a day after today (the
 * future has no data yet) or before 1900 (no org holds data from then: every account would get the same tier) is
 * refused, naming the range.
 */
final class AsOfDate {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private AsOfDate() {
    }

    static LocalDate of(LocalDate given, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (given == null) {
            return today;
        }
        if (given.isAfter(today) || given.isBefore(EARLIEST)) {
            throw new InvalidInput("--as-of " + given + " is " + (given.isAfter(today) ? "after today" : "before any data")
                    + ": give a day from " + EARLIEST + " to today (" + today + ")");
        }
        return given;
    }
}
