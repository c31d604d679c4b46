package dev.tiersync.scheduler.config;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * Whether a cron expression can be an org's schedule: it is a Quartz cron of at most
 * {@value ScheduleProperties#MAX_CRON_LENGTH} characters ({@link ScheduleProperties#validateCron}), it fires at
 * least once more from now on (Quartz accepts {@code 0 0 2 * * ? 2020} and {@code 0 0 2 30 2 ?}, which never do),
 * and it leaves at least {@code tiersync.schedule.minimum-interval} between two runs.
 */
public final class CronCheck {

    /** How many coming fire times are looked at for the shortest interval. */
    private static final int FIRES_LOOKED_AT = 25;

    private final Duration minimumInterval;
    private final Clock clock;

    public CronCheck(Duration minimumInterval, Clock clock) {
        this.minimumInterval = minimumInterval;
        this.clock = clock;
    }

    /**
     * @param key what the message calls the cron: a setting's key, or the field of a request
     * @throws IllegalArgumentException naming {@code key} and what to fix
     */
    public void check(String key, String cron, ZoneId zone) {
        ScheduleProperties.validateCron(key, cron);
        CronExpression expression;
        try {
            expression = new CronExpression(cron);
        } catch (ParseException e) {
            throw new IllegalArgumentException(key + " '" + cron + "' is not a valid Quartz cron expression: " + e.getMessage(), e);
        }
        expression.setTimeZone(TimeZone.getTimeZone(zone));
        Date next = expression.getNextValidTimeAfter(Date.from(clock.instant()));
        if (next == null) {
            throw new IllegalArgumentException(key + " '" + cron + "' never fires after " + clock.instant()
                    + " (a year in the past, or a day no month has, such as 30 February); give one that fires, e.g. '0 0 2 * * ?'");
        }
        Duration shortest = null;
        for (int i = 1; i < FIRES_LOOKED_AT; i++) {
            Date after = expression.getNextValidTimeAfter(next);
            if (after == null) {
                break;
            }
            Duration gap = Duration.between(next.toInstant(), after.toInstant());
            shortest = shortest == null || gap.compareTo(shortest) < 0 ? gap : shortest;
            next = after;
        }
        if (shortest != null && shortest.compareTo(minimumInterval) < 0) {
            throw new IllegalArgumentException(key + " '" + cron + "' would start a run every " + words(shortest)
                    + ", more often than tiersync.schedule.minimum-interval allows (" + words(minimumInterval)
                    + "); give a cron that fires less often, or lower that setting");
        }
    }

    private static String words(Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
