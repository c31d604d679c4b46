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

/** The Quartz schedule fires the sync on the configured cron: here every second. */
// Its cron fires every second: close the context with the class, before its emulated orgs go away.
@DirtiesContext
@SpringBootTest(properties = {"tiersync.schedule.cron=* * * * * ?", "tiersync.schedule.minimum-interval=PT1S"})
class ScheduledSyncTest {

    private static final EmulatedOrg ORG =
            EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(60, 3, LocalDate.now())));

    @Autowired
    RunHistory history;

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        registry.add("tiersync.org.login-url", ORG::loginUrl);
        registry.add("tiersync.org.username", () -> EmulatorSettings.DEFAULT_USERNAME);
        registry.add("tiersync.org.password", () -> EmulatorSettings.DEFAULT_PASSWORD);
    }

    @AfterAll
    static void stopOrg() {
        ORG.close();
    }

    @Test
    void theCronFiresRepeatedlyAndOnlyTheFirstRunWrites() {
        await().atMost(Duration.ofSeconds(30)).until(() -> history.recent(10).size() >= 3);

        List<RunRecord> runs = new java.util.ArrayList<>(history.recent(10));
        java.util.Collections.reverse(runs);
        assertThat(runs).allSatisfy(run -> assertThat(run.status()).isEqualTo(dev.tiersync.sync.SyncStatus.SUCCEEDED));
        assertThat(runs.get(0).counts().accountsWritten()).isEqualTo(60);
        assertThat(runs.get(0).fullPull()).isTrue();
        assertThat(runs.get(1).fullPull()).as("later runs pull what changed").isFalse();
        for (int i = 1; i < runs.size(); i++) {
            // How soon the next firing comes depends on the machine's load; that it comes, and never overlaps, does not.
            assertThat(runs.get(i).startedAt()).as("runs of one org never overlap").isAfterOrEqualTo(runs.get(i - 1).finishedAt());
        }
        assertThat(runs.subList(1, runs.size())).allSatisfy(run -> assertThat(run.counts().accountsChanged()).isZero());
        assertThat(ORG.calls().count("update")).isEqualTo(1);
        assertThat(ORG.store().records("Account")).allSatisfy(account -> assertThat(account.get("Tier__c")).isNotNull());
    }
}
