package dev.tiersync.domain.behaviour;

/**
 * How engagement is judged from the activities of the last {@value BehaviourMetrics#WINDOW_DAYS} days, each
 * weighed by kind: a meeting counts most, then a call, then an email or other task.
 *
 * @param enabled whether engagement is judged at all (and Tasks and Events pulled)
 * @param meetingPoints points of a meeting
 * @param callPoints points of a call
 * @param emailPoints points of an email or another task
 * @param highPoints High from this many points in the window...
 * @param mediumPoints ...Medium from this many; Low below, None with no activity in twice the window
 * @param fadingShare fading (a churn signal): the window's points under this share of the window before's, which
 *     reached Medium
 * @param risingFactor rising (an upsell signal with growing spend): the window's points at least this many times
 *     the window before's, reaching Medium
 */
public record EngagementConfig(boolean enabled, double meetingPoints, double callPoints, double emailPoints, double highPoints,
                               double mediumPoints, double fadingShare, double risingFactor) {

    public EngagementConfig {
        for (double points : new double[] {meetingPoints, callPoints, emailPoints}) {
            if (!(points >= 0) || Double.isInfinite(points)) {
                throw new IllegalArgumentException("engagement points of a meeting, call or email must be 0 or more, was " + points);
            }
        }
        if (!(mediumPoints > 0 && highPoints > mediumPoints)) {
            throw new IllegalArgumentException("engagement.high-points (" + highPoints + ") must be above engagement.medium-points ("
                    + mediumPoints + "), which must be above 0");
        }
        if (!(fadingShare > 0 && fadingShare < 1)) {
            throw new IllegalArgumentException("engagement.fading-share must be between 0 and 1, was " + fadingShare);
        }
        if (!(risingFactor > 1)) {
            throw new IllegalArgumentException("engagement.rising-factor must be above 1, was " + risingFactor);
        }
    }

    public static EngagementConfig defaults() {
        return new EngagementConfig(true, 3, 2, 1, 12, 4, 0.4, 1.5);
    }

    /** The points of a window's activities. */
    public double points(ActivityCounts counts) {
        return counts.meetings() * meetingPoints + counts.calls() * callPoints + (counts.emails() + counts.other()) * emailPoints;
    }
}
