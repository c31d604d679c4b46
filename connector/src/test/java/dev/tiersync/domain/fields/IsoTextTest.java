package dev.tiersync.domain.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTextTest {

    @Test
    void readsEveryDateAndTimeAsTheJdksParsersDo() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String date = String.format("%04d-%02d-%02d", 1900 + random.nextInt(250), 1 + random.nextInt(12),
                    1 + random.nextInt(31));
            String instant = date + String.format("T%02d:%02d:%02d.%03dZ", random.nextInt(24), random.nextInt(60),
                    random.nextInt(60), random.nextInt(1000));
            assertSameAsJdk(date, instant);
        }
    }

    @Test
    void otherSpellingsGoToTheJdkAndWhatItRefusesIsRefused() {
        for (String text : List.of("2024-05-01T10:00:00Z", "2024-05-01T10:00:00.123456Z", "2024-05-01T24:00:00.000Z",
                "2024-02-30T10:00:00.000Z", "2024-13-01T10:00:00.000Z", "2024/05/01T10:00:00.000Z",
                "2024-05-01T10:60:00.000Z", "2024-05-01T1a:00:00.000Z", "2024-05-01 10:00:00.000Z")) {
            Instant expected;
            try {
                expected = Instant.parse(text);
            } catch (DateTimeException e) {
                assertThatThrownBy(() -> IsoText.instant(text)).as(text).isInstanceOf(DateTimeException.class);
                continue;
            }
            assertThat(IsoText.instant(text)).as(text).isEqualTo(expected);
        }
        assertThatThrownBy(() -> IsoText.instant("2024-02-30T10:00:00.000Z")).isInstanceOf(DateTimeException.class);
        for (String bad : List.of("2024-02-30", "2024-00-10", "2024-5-01", "20240501", "2024-05-0x")) {
            assertThatThrownBy(() -> IsoText.date(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
    }

    private static void assertSameAsJdk(String date, String instant) {
        LocalDate expectedDate;
        try {
            expectedDate = LocalDate.parse(date);
        } catch (DateTimeException e) {
            assertThatThrownBy(() -> IsoText.date(date)).as(date).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> IsoText.instant(instant)).as(instant).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(IsoText.date(date)).as(date).isEqualTo(expectedDate);
        assertThat(IsoText.instant(instant)).as(instant).isEqualTo(Instant.parse(instant));
    }
}
