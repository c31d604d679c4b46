package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.Orgs;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The job store outlives configuration: on start, jobs of orgs no longer configured are deleted,
 * triggers of orgs whose schedule is now off are removed, and admins' schedule changes are put back.
 */
@Component
class StaleSchedules implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaleSchedules.class);

    private final Scheduler scheduler;
    private final Orgs orgs;
    private final Schedules schedules;

    StaleSchedules(Scheduler scheduler, Orgs orgs, Schedules schedules) {
        this.scheduler = scheduler;
        this.orgs = orgs;
        this.schedules = schedules;
    }

    @Override
    public void run(ApplicationArguments args) throws SchedulerException {
        Set<JobKey> configured = orgs.configuredOrgs().stream().map(o -> ScheduleConfiguration.jobKey(o.name()))
                .collect(Collectors.toSet());
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(ScheduleConfiguration.GROUP))) {
            if (!configured.contains(key)) {
                log.info("deleting the schedule of {}: the org is no longer configured", key.getName());
                scheduler.deleteJob(key);
            }
        }
        for (OrgSettings org : orgs.configuredOrgs()) {
            if (!org.scheduled() && scheduler.unscheduleJob(ScheduleConfiguration.triggerKey(org.name()))) {
                log.info("removed the cron of {}: its schedule is off", org.name());
            }
        }
        schedules.applyOverrides();
    }
}
