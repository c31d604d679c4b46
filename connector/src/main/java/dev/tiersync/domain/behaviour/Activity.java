package dev.tiersync.domain.behaviour;

import java.time.LocalDate;
import java.util.Objects;

/** One call, email, meeting or other task with an account, on the day it happened (or was due). */
public record Activity(ActivityKind kind, LocalDate day) {

    public Activity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
    }
}
