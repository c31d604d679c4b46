package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.config.CronCheck;
import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.TierSyncProperties;
import java.time.Clock;
import dev.tiersync.scheduler.config.Orgs;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Quartz job per org, and a cron trigger for each org whose schedule is on. Jobs ask for
 * recovery, so a run cut short by a dead node is run again by another; a firing missed while every
 * node was down runs once when one comes back (misfire: fire once, then proceed).
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

    static final String GROUP = "tiersync";

    static JobKey jobKey(String org) {
        return JobKey.jobKey("sync-" + org, GROUP);
    }

    static TriggerKey triggerKey(String org) {
        return TriggerKey.triggerKey("sync-" + org + "-cron", GROUP);
    }

    @Bean
    CronCheck cronCheck(TierSyncProperties properties, Clock clock) {
        return new CronCheck(properties.schedule().minimumInterval(), clock);
    }

    @Bean
    SchedulerFactoryBeanCustomizer orgSchedules(Orgs orgs, CronCheck cronCheck) {
        for (OrgSettings org : orgs.configuredOrgs()) {
            if (org.scheduled()) {
                cronCheck.check("the cron of org " + org.name() + " (tiersync.schedule.cron, tiersync.org.cron or "
                        + "tiersync.orgs[N].cron)", org.cron(), org.timeZone());
            }
        }
        return scheduler -> {
            List<JobDetail> jobs = new ArrayList<>();
            List<Trigger> triggers = new ArrayList<>();
            for (OrgSettings org : orgs.configuredOrgs()) {
                JobDetail job = JobBuilder.newJob(SyncQuartzJob.class)
                        .withIdentity(jobKey(org.name()))
                        .withDescription("Sync the org " + org.name())
                        .usingJobData(SyncQuartzJob.ORG, org.name())
                        .storeDurably()
                        .requestRecovery()
                        .build();
                jobs.add(job);
                if (org.scheduled()) {
                    triggers.add(TriggerBuilder.newTrigger()
                            .forJob(job)
                            .withIdentity(triggerKey(org.name()))
                            .withSchedule(CronScheduleBuilder.cronSchedule(org.cron())
                                    .inTimeZone(TimeZone.getTimeZone(org.timeZone()))
                                    .withMisfireHandlingInstructionFireAndProceed())
                            .build());
                }
            }
            scheduler.setJobDetails(jobs.toArray(JobDetail[]::new));
            scheduler.setTriggers(triggers.toArray(Trigger[]::new));
        };
    }
}
