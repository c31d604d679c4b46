package dev.tiersync.domain.behaviour;

import java.util.Optional;

/**
 * An account's engagement from its activities: the points of the last {@value BehaviourMetrics#WINDOW_DAYS}
 * days (a meeting weighs most, then a call, then an email) reach High or Medium, or fall below (Low); None
 * when nothing happened in twice the window. Empty when the org records no activities or the rule is off.
 */
public final class EngagementRule {

    private final EngagementConfig config;

    public EngagementRule(EngagementConfig config) {
        this.config = config;
    }

    public Optional<EngagementLevel> levelOf(BehaviourMetrics m) {
        if (!config.enabled() || !m.activitiesKnown()) {
            return Optional.empty();
        }
        double points = config.points(m.recent());
        if (points >= config.highPoints()) {
            return Optional.of(EngagementLevel.HIGH);
        }
        if (points >= config.mediumPoints()) {
            return Optional.of(EngagementLevel.MEDIUM);
        }
        return Optional.of(m.recent().total() + m.prior().total() > 0 ? EngagementLevel.LOW : EngagementLevel.NONE);
    }

    /** A few words for the reasons: "engagement Medium: 2 meetings, 3 calls, 1 email in 90 days". */
    public String describe(EngagementLevel level, BehaviourMetrics m) {
        ActivityCounts r = m.recent();
        if (r.total() == 0) {
            return "engagement " + level.picklistValue() + ": no activity in " + BehaviourMetrics.WINDOW_DAYS + " days";
        }
        StringBuilder text = new StringBuilder("engagement ").append(level.picklistValue()).append(": ");
        String sep = "";
        for (Object[] part : new Object[][] {{r.meetings(), "meeting"}, {r.calls(), "call"}, {r.emails() + r.other(), "email"}}) {
            int n = (int) part[0];
            if (n > 0) {
                text.append(sep).append(n).append(' ').append(part[1]).append(n == 1 ? "" : "s");
                sep = ", ";
            }
        }
        return text.append(" in ").append(BehaviourMetrics.WINDOW_DAYS).append(" days").toString();
    }
}
