package dev.tiersync.scheduler.config;

import java.time.ZoneId;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When TierSync syncs, under {@code tiersync.schedule.*}.
 *
 * @param cron a Quartz cron expression (seconds first), such as {@code 0 0 2 * * ?} for 02:00 daily
 * @param timeZone the zone the cron expression is read in
 * @param enabled false to run only on demand
 */
public record ScheduleProperties(
        @DefaultValue("0 0 2 * * ?") String cron,
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue("true") boolean enabled) {

    public ScheduleProperties {
        validateCron("tiersync.schedule.cron", cron);
    }

    /** @throws IllegalArgumentException naming {@code key} when {@code cron} is not a Quartz cron expression */
    public static void validateCron(String key, String cron) {
        if (cron == null || cron.isBlank()) {
            throw new IllegalArgumentException(key + " is empty: give a Quartz cron expression such as '0 0 2 * * ?'");
        }
        try {
            CronExpression.validateExpression(cron);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(key + " '" + cron + "' is not a valid Quartz cron expression ("
                    + e.getMessage() + "); Quartz cron has six or seven fields, seconds first, e.g. '0 0 2 * * ?'", e);
        }
    }
}
