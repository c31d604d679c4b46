package dev.tiersync.scheduler.config;

import java.time.Duration;
import java.time.ZoneId;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When TierSync syncs, under {@code tiersync.schedule.*}.
 *
 * @param cron a Quartz cron expression (seconds first), such as {@code 0 0 2 * * ?} for 02:00 daily
 * @param timeZone the zone the cron expression is read in
 * @param enabled false to run only on demand
 * @param minimumInterval the shortest time a cron may leave between two runs of an org (configured or changed on
 *                        the page); a cron that fires more often is refused naming this key
 */
public record ScheduleProperties(
        @DefaultValue("0 0 2 * * ?") String cron,
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT1M") Duration minimumInterval) {

    /** The longest cron expression kept: the width of the column an admin's change is saved in. */
    public static final int MAX_CRON_LENGTH = 120;

    public ScheduleProperties {
        validateCron("tiersync.schedule.cron", cron);
        if (minimumInterval == null || minimumInterval.isNegative()) {
            throw new IllegalArgumentException("tiersync.schedule.minimum-interval must be a duration of zero or more, "
                    + "such as PT1M");
        }
    }

    /** @throws IllegalArgumentException naming {@code key} when {@code cron} is not a Quartz cron expression */
    public static void validateCron(String key, String cron) {
        if (cron == null || cron.isBlank()) {
            throw new IllegalArgumentException(key + " is empty: give a Quartz cron expression such as '0 0 2 * * ?'");
        }
        if (cron.length() > MAX_CRON_LENGTH) {
            throw new IllegalArgumentException(key + " is " + cron.length() + " characters long; a cron expression may have "
                    + "at most " + MAX_CRON_LENGTH + ", such as '0 0 2 * * ?'");
        }
        try {
            CronExpression.validateExpression(cron);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(key + " '" + cron + "' is not a valid Quartz cron expression ("
                    + e.getMessage() + "); Quartz cron has six or seven fields, seconds first, e.g. '0 0 2 * * ?'", e);
        }
    }
}
