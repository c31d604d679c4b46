package dev.tiersync.domain.behaviour;

/** How many activities of each kind fell in a window. */
public record ActivityCounts(int meetings, int calls, int emails, int other) {

    public static final ActivityCounts NONE = new ActivityCounts(0, 0, 0, 0);

    public int total() {
        return meetings + calls + emails + other;
    }

    ActivityCounts plus(ActivityKind kind) {
        return switch (kind) {
            case MEETING -> new ActivityCounts(meetings + 1, calls, emails, other);
            case CALL -> new ActivityCounts(meetings, calls + 1, emails, other);
            case EMAIL -> new ActivityCounts(meetings, calls, emails + 1, other);
            case OTHER -> new ActivityCounts(meetings, calls, emails, other + 1);
        };
    }
}
