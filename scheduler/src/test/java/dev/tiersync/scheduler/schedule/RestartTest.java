package dev.tiersync.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.scheduler.TierSyncApplication;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With the embedded database file, schedules changed by an admin and the run history survive a restart. */
class RestartTest {

    @TempDir
    Path home;

    @Test
    void anAdminsScheduleAndTheRunHistoryAreStillThereAfterARestart() throws Exception {
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(50, 6, LocalDate.now())))) {
            String[] arguments = {"--server.port=0", "--tiersync.store.url=jdbc:h2:file:" + home.resolve("tiersync"),
                    "--tiersync.org.login-url=" + org.loginUrl(), "--tiersync.org.username=" + EmulatorSettings.DEFAULT_USERNAME,
                    "--tiersync.org.password=" + EmulatorSettings.DEFAULT_PASSWORD, "--tiersync.schedule.cron=0 0 2 * * ?"};
            String runId;
            try (ConfigurableApplicationContext first = new SpringApplicationBuilder(TierSyncApplication.class).run(arguments)) {
                first.getBean(Schedules.class).change("default", "0 15 4 ? * MON-FRI", "Europe/Berlin");
                first.getBean(SyncRunner.class).runNow("default", false);
                runId = first.getBean(RunHistory.class).recent(1).get(0).id();
            }

            try (ConfigurableApplicationContext second = new SpringApplicationBuilder(TierSyncApplication.class).run(arguments)) {
                Schedules.Schedule schedule = second.getBean(Schedules.class).of("default");
                assertThat(schedule.cron()).isEqualTo("0 15 4 ? * MON-FRI");
                assertThat(schedule.timeZone()).isEqualTo("Europe/Berlin");
                assertThat(second.getBean(org.quartz.Scheduler.class).getTrigger(ScheduleConfiguration.triggerKey("default")))
                        .satisfies(trigger -> assertThat(((org.quartz.CronTrigger) trigger).getCronExpression())
                                .isEqualTo("0 15 4 ? * MON-FRI"));
                assertThat(second.getBean(RunHistory.class).find(runId)).hasValueSatisfying(run -> {
                    assertThat(run.status()).isEqualTo(dev.tiersync.sync.SyncStatus.SUCCEEDED);
                    assertThat(run.counts().accountsWritten()).isEqualTo(50);
                });
            }
        }
    }
}
