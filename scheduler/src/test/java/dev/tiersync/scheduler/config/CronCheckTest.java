package dev.tiersync.scheduler.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A cron that can be an org's schedule fires again, is not too long, and leaves the minimum interval between runs. */
class CronCheckTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);
    private final CronCheck check = new CronCheck(Duration.ofMinutes(1), NOW);

    @Test
    void aCronOfAYearGoneByNeverFiresAndIsRefusedSayingSo() {
        assertThatThrownBy(() -> check.check("cron", "0 0 2 * * ? 2020", ZoneId.of("UTC")))
                .hasMessageContaining("cron '0 0 2 * * ? 2020' never fires after 2026-03-10T08:00:00Z");
    }

    @Test
    void aCronOnTheThirtiethOfFebruaryNeverFiresAndIsRefused() {
        assertThatThrownBy(() -> check.check("cron", "0 0 2 30 2 ?", ZoneId.of("Europe/Berlin")))
                .hasMessageContaining("never fires").hasMessageContaining("30 February");
    }

    @Test
    void aCronLongerThanTheColumnIsRefusedWithTheLimit() {
        String longCron = "0 0 2 * * ? " + "2030,".repeat(30) + "2031";
        assertThatThrownBy(() -> check.check("cron", longCron, ZoneId.of("UTC")))
                .hasMessageContaining("at most 120");
    }

    @Test
    void anEverySecondCronIsRefusedNamingTheMinimumIntervalSetting() {
        assertThatThrownBy(() -> check.check("cron", "* * * * * ?", ZoneId.of("UTC")))
                .hasMessageContaining("every 1s").hasMessageContaining("tiersync.schedule.minimum-interval allows (1m)");
    }

    @Test
    void aCronWithAShortGapOnlyOnceADayIsStillRefused() {
        assertThatThrownBy(() -> check.check("cron", "0,30 0 2 * * ?", ZoneId.of("UTC")))
                .hasMessageContaining("every 30s");
    }

    @Test
    void aNightlyCronAndACronOfAComingYearPass() {
        assertThatCode(() -> check.check("cron", "0 0 2 * * ?", ZoneId.of("UTC"))).doesNotThrowAnyException();
        assertThatCode(() -> check.check("cron", "0 0 2 1 1 ? 2027", ZoneId.of("UTC"))).doesNotThrowAnyException();
        assertThatCode(() -> new CronCheck(Duration.ZERO, NOW).check("cron", "* * * * * ?", ZoneId.of("UTC")))
                .doesNotThrowAnyException();
    }
}
