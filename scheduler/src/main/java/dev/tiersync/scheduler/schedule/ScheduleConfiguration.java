package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.config.ScheduleProperties;
import dev.tiersync.scheduler.config.TierSyncProperties;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the sync job with Quartz and, unless {@code tiersync.schedule.enabled=false}, a cron
 * trigger for it. A firing missed while the application was down runs once on start-up.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

    static final String JOB_NAME = "tiersync-sync";

    @Bean
    JobDetail syncJobDetail() {
        return JobBuilder.newJob(SyncQuartzJob.class)
                .withIdentity(JOB_NAME)
                .withDescription("Sync the configured Salesforce org")
                .storeDurably()
                .requestRecovery()
                .build();
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "tiersync.schedule.enabled", matchIfMissing = true)
    Trigger syncTrigger(JobDetail syncJobDetail, TierSyncProperties properties) {
        ScheduleProperties schedule = properties.schedule();
        return TriggerBuilder.newTrigger()
                .forJob(syncJobDetail)
                .withIdentity(JOB_NAME + "-cron")
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
                        .inTimeZone(TimeZone.getTimeZone(schedule.timeZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
