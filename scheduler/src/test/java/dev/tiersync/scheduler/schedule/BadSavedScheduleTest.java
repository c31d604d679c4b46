package dev.tiersync.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.scheduler.TierSyncApplication;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A schedule saved before it stopped being usable (it never fires again) does not stop the service: it is skipped and shown. */
class BadSavedScheduleTest {

    @TempDir
    Path home;

    @Test
    void aSavedScheduleThatNeverFiresIsSkippedAtStartUpAndShownWithTheOrgsSchedule() throws Exception {
        String[] arguments = {"--server.port=0", "--tiersync.store.url=jdbc:h2:file:" + home.resolve("tiersync"),
                "--tiersync.org.login-url=http://127.0.0.1:9", "--tiersync.org.username=u", "--tiersync.org.password=p",
                "--tiersync.schedule.cron=0 0 2 * * ?"};
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(TierSyncApplication.class).run(arguments)) {
            // As an older TierSync saved it (or as the database holds it after a year passed): it fired in 2020 only.
            new JdbcTemplate(first.getBean(DataSource.class)).update("INSERT INTO ts_schedule_override "
                    + "(org_name, cron, time_zone, paused) VALUES ('default', '0 0 2 * * ? 2020', 'UTC', FALSE)");
        }

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(TierSyncApplication.class).run(arguments)) {
            Schedules.Schedule schedule = second.getBean(Schedules.class).of("default");

            assertThat(schedule.problem()).contains("the schedule saved for org default is not used", "0 0 2 * * ? 2020",
                    "never fires");
            assertThat(schedule.cron()).isEqualTo("0 0 2 * * ?");
            assertThat(schedule.nextFireTimes()).hasSize(5);
            assertThat(((CronTrigger) second.getBean(Scheduler.class).getTrigger(ScheduleConfiguration.triggerKey("default")))
                    .getCronExpression()).isEqualTo("0 0 2 * * ?");

            Schedules.Schedule changed = second.getBean(Schedules.class).change("default", "0 30 3 * * ?", "UTC");
            assertThat(changed.problem()).isNull();
            assertThat(changed.cron()).isEqualTo("0 30 3 * * ?");
        }
    }

    @Test
    void pausingAnOrgWhoseSavedScheduleIsNotUsedPausesTheConfiguredOneAndShowsItPaused() throws Exception {
        String[] arguments = {"--server.port=0", "--tiersync.store.url=jdbc:h2:file:" + home.resolve("tiersync"),
                "--tiersync.org.login-url=http://127.0.0.1:9", "--tiersync.org.username=u", "--tiersync.org.password=p",
                "--tiersync.schedule.cron=0 0 2 * * ?"};
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(TierSyncApplication.class).run(arguments)) {
            new JdbcTemplate(first.getBean(DataSource.class)).update("INSERT INTO ts_schedule_override "
                    + "(org_name, cron, time_zone, paused) VALUES ('default', '0 0 2 * * ? 2020', 'UTC', FALSE)");
        }

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(TierSyncApplication.class).run(arguments)) {
            Schedules.Schedule paused = second.getBean(Schedules.class).pause("default", true);

            assertThat(paused.paused()).isTrue();
            assertThat(paused.problem()).as("the configured schedule, paused, is what is saved now").isNull();
            assertThat(paused.cron()).isEqualTo("0 0 2 * * ?");
            assertThat(second.getBean(Scheduler.class).getTriggerState(ScheduleConfiguration.triggerKey("default")))
                    .isEqualTo(org.quartz.Trigger.TriggerState.PAUSED);
        }
    }
}
