package dev.tiersync.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Several orgs in one installation, each on its own cron; an org with its schedule off runs only on demand. */
// Its cron fires every second: close the context with the class, before its emulated orgs go away.
@DirtiesContext
@SpringBootTest(properties = "tiersync.schedule.minimum-interval=PT1S")
class MultiOrgScheduleTest {

    private static final EmulatedOrg EMEA = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(40, 1, LocalDate.now())));
    private static final EmulatedOrg APAC = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(30, 2, LocalDate.now())));
    private static final EmulatedOrg IDLE = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(20, 3, LocalDate.now())));

    @Autowired
    RunHistory history;

    @Autowired
    SyncRunner runner;

    @DynamicPropertySource
    static void orgs(DynamicPropertyRegistry registry) {
        List<EmulatedOrg> orgs = List.of(EMEA, APAC, IDLE);
        List<String> names = List.of("emea", "apac", "idle");
        for (int i = 0; i < orgs.size(); i++) {
            EmulatedOrg org = orgs.get(i);
            registry.add("tiersync.orgs[" + i + "].name", names.get(i)::toString);
            registry.add("tiersync.orgs[" + i + "].login-url", org::loginUrl);
            registry.add("tiersync.orgs[" + i + "].username", () -> EmulatorSettings.DEFAULT_USERNAME);
            registry.add("tiersync.orgs[" + i + "].password", () -> EmulatorSettings.DEFAULT_PASSWORD);
            registry.add("tiersync.orgs[" + i + "].cron", () -> "* * * * * ?");
        }
        registry.add("tiersync.orgs[2].enabled", () -> "false");
    }

    @AfterAll
    static void stop() {
        EMEA.close();
        APAC.close();
        IDLE.close();
    }

    @Test
    void eachScheduledOrgIsSyncedOnItsOwnCronAndAnUnscheduledOneOnlyOnDemand() {
        await().atMost(Duration.ofSeconds(30)).until(() -> synced("emea") && synced("apac"));

        assertThat(EMEA.store().records("Account")).allSatisfy(a -> assertThat(a.get("Tier__c")).isNotNull());
        assertThat(APAC.store().records("Account")).allSatisfy(a -> assertThat(a.get("Tier__c")).isNotNull());
        assertThat(history.recent(100)).noneMatch(run -> run.org().equals("idle"));
        assertThat(IDLE.calls().total()).isZero();

        runner.runNow("idle", false);

        assertThat(IDLE.store().records("Account")).allSatisfy(a -> assertThat(a.get("Tier__c")).isNotNull());
        assertThat(history.recent(100)).anyMatch(run -> run.org().equals("idle") && run.status() == dev.tiersync.sync.SyncStatus.SUCCEEDED);
    }

    private boolean synced(String org) {
        return history.recent(100).stream().anyMatch(run -> run.org().equals(org) && run.status() == dev.tiersync.sync.SyncStatus.SUCCEEDED);
    }
}
