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
        if (cron == null || cron.isBlank()) {
            throw new IllegalArgumentException("tiersync.schedule.cron is empty: give a Quartz cron expression such as '0 0 2 * * ?'");
        }
        try {
            CronExpression.validateExpression(cron);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException("tiersync.schedule.cron '" + cron + "' is not a valid Quartz cron expression ("
                    + e.getMessage() + "); Quartz cron has six or seven fields, seconds first, e.g. '0 0 2 * * ?'", e);
        }
    }
}
