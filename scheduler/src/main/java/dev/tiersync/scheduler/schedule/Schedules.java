package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.config.CronCheck;
import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.ScheduleProperties;
import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.scheduler.problem.InvalidInput;
import dev.tiersync.scheduler.problem.NotFound;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each org's schedule as admins see and change it: the configured cron, or an admin's change kept in
 * the database over restarts; paused or running; the next fire times.
 */
@Component
public class Schedules {

    static final int NEXT_FIRE_TIMES = 5;
    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    private final Scheduler scheduler;
    private final Orgs orgs;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CronCheck cronCheck;
    /** Saved schedules refused at start-up (they would never fire, or fire too often), by org: the reason. */
    private final Map<String, String> refused = new ConcurrentHashMap<>();

    public Schedules(Scheduler scheduler, Orgs orgs, DataSource dataSource, Clock clock, CronCheck cronCheck) {
        this.scheduler = scheduler;
        this.orgs = orgs;
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.cronCheck = cronCheck;
    }

    /**
     * An org's schedule.
     *
     * @param problem why an admin's saved schedule was not used at start-up (the configured one runs instead), or null
     */
    public record Schedule(String org, String cron, String timeZone, boolean scheduled, boolean paused,
                           List<Instant> nextFireTimes, String problem) {
    }

    public Schedule of(String orgName) {
        OrgSettings org = org(orgName);
        String problem = refused.get(org.name());
        Optional<Override> override = problem == null ? override(org.name()) : Optional.empty();
        String cron = override.map(Override::cron).orElse(org.cron());
        ZoneId zone = override.map(Override::zone).orElse(org.timeZone());
        boolean paused = override.map(Override::paused).orElse(false);
        return new Schedule(org.name(), cron, zone.getId(), org.scheduled(), paused,
                org.scheduled() && !paused ? nextFireTimes(cron, zone) : List.of(), problem);
    }

    /**
     * Changes an org's cron and time zone, checked first; the change holds over restarts.
     *
     * @throws InvalidInput naming what is wrong with the cron or the zone
     */
    public Schedule change(String orgName, String cron, String timeZone) throws SchedulerException {
        OrgSettings org = org(orgName);
        InvalidInput.from(() -> {
            ScheduleProperties.validateCron("cron", cron);
            return cron;
        });
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null || timeZone.isBlank() ? org.timeZone().getId() : timeZone);
        } catch (java.time.DateTimeException e) {
            throw new InvalidInput("time zone '" + timeZone + "' is unknown: use a region such as Europe/Berlin or UTC", e);
        }
        InvalidInput.from(() -> {
            cronCheck.check("cron", cron, zone);
            return cron;
        });
        boolean paused = refused.containsKey(org.name()) ? false : override(org.name()).map(Override::paused).orElse(false);
        save(org.name(), cron, zone, paused);
        apply(org, cron, zone, paused);
        refused.remove(org.name());
        return of(orgName);
    }

    public Schedule pause(String orgName, boolean pause) throws SchedulerException {
        Schedule current = of(orgName);
        save(current.org(), current.cron(), ZoneId.of(current.timeZone()), pause);
        apply(org(orgName), current.cron(), ZoneId.of(current.timeZone()), pause);
        // what is saved now is the schedule that runs (the configured one, if the saved one was not used)
        refused.remove(current.org());
        return of(orgName);
    }

    /**
     * Puts admins' changes back on the triggers after the configured ones were registered at start. A saved
     * change that can no longer run (it never fires again, or fires more often than the minimum interval now
     * allows) is logged, shown with the org's schedule ({@link Schedule#problem}) and skipped: the configured
     * schedule runs until an admin saves another.
     */
    void applyOverrides() throws SchedulerException {
        for (OrgSettings org : orgs.configuredOrgs()) {
            Optional<Override> override = override(org.name());
            if (override.isPresent()) {
                try {
                    cronCheck.check("the saved cron", override.get().cron(), override.get().zone());
                } catch (IllegalArgumentException e) {
                    String problem = "the schedule saved for org " + org.name() + " is not used: " + e.getMessage()
                            + "; the configured cron '" + org.cron() + "' runs until an admin saves another";
                    log.warn(problem);
                    refused.put(org.name(), problem);
                    continue;
                }
                apply(org, override.get().cron(), override.get().zone(), override.get().paused());
            }
        }
    }

    private void apply(OrgSettings org, String cron, ZoneId zone, boolean paused) throws SchedulerException {
        if (!org.scheduled()) {
            return;
        }
        Trigger trigger = TriggerBuilder.newTrigger()
                .forJob(ScheduleConfiguration.jobKey(org.name()))
                .withIdentity(ScheduleConfiguration.triggerKey(org.name()))
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        if (scheduler.checkExists(trigger.getKey())) {
            scheduler.rescheduleJob(trigger.getKey(), trigger);
        } else {
            scheduler.scheduleJob(trigger);
        }
        if (paused) {
            scheduler.pauseTrigger(trigger.getKey());
        } else {
            scheduler.resumeTrigger(trigger.getKey());
        }
    }

    private List<Instant> nextFireTimes(String cron, ZoneId zone) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            List<Instant> times = new ArrayList<>();
            Date after = Date.from(clock.instant());
            for (int i = 0; i < NEXT_FIRE_TIMES; i++) {
                after = expression.getNextValidTimeAfter(after);
                if (after == null) {
                    break;
                }
                times.add(after.toInstant());
            }
            return times;
        } catch (ParseException e) {
            throw new InvalidInput("cron '" + cron + "' is not a valid Quartz cron expression: " + e.getMessage(), e);
        }
    }

    private OrgSettings org(String name) {
        return orgs.configuredOrg(name).orElseThrow(() -> NotFound.org(name));
    }

    private record Override(String cron, ZoneId zone, boolean paused) {
    }

    private Optional<Override> override(String org) {
        return jdbc.query("SELECT cron, time_zone, paused FROM ts_schedule_override WHERE org_name = ?",
                (rows, n) -> new Override(rows.getString(1), ZoneId.of(rows.getString(2)), rows.getBoolean(3)), org)
                .stream().findFirst();
    }

    private void save(String org, String cron, ZoneId zone, boolean paused) {
        jdbc.update("DELETE FROM ts_schedule_override WHERE org_name = ?", org);
        jdbc.update("INSERT INTO ts_schedule_override (org_name, cron, time_zone, paused) VALUES (?, ?, ?, ?)", org, cron,
                zone.getId(), paused);
    }
}
