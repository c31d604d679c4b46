package dev.tiersync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdRangeTest {

    @Test
    void splittingCoversEveryIdOnceInAscendingRanges() {
        List<IdRange> ranges = IdRange.split("006000000000001AAA", "00600000000zzzzAAA", 3);

        assertThat(ranges).hasSize(3);
        assertThat(ranges.get(0).from()).isNull();
        assertThat(ranges.get(2).to()).isNull();
        assertThat(ranges.get(0).to()).isEqualTo(ranges.get(1).from());
        assertThat(ranges.get(1).to()).isEqualTo(ranges.get(2).from());
        assertThat(ranges.get(0).to()).isGreaterThan("006000000000001AAA").isLessThan(ranges.get(1).to());
        assertThat(ranges.get(1).to()).isLessThan("00600000000zzzzAAA");
    }

    @Test
    void boundsAreBaseSixtyTwoValuesOfEqualWidth() {
        // 62^3 = 238,328 ids apart: thirds of 79,442 each, 79,442 being "KfK" in base 62 (20, 41, 20)
        List<IdRange> ranges = IdRange.split("006000000000000AAA", "006000000001000AAA", 3);

        assertThat(ranges.get(0).to()).isEqualTo("006000000000KfK");
    }

    @Test
    void idsOfOtherPrefixesOrTooCloseAreOneRange() {
        assertThat(IdRange.split("001000000000001AAA", "006000000000009AAA", 4)).containsExactly(IdRange.ALL);
        assertThat(IdRange.split("006000000000001AAA", "006000000000002AAA", 4)).containsExactly(IdRange.ALL);
        assertThat(IdRange.split("006000000000001AAA", "00600000000zzzzAAA", 1)).containsExactly(IdRange.ALL);
    }

    @Test
    void aRangeIsBoundedByIdsInOrder() {
        assertThatThrownBy(() -> new IdRange("abc", null)).hasMessageContaining("bounded by Salesforce ids");
        assertThatThrownBy(() -> new IdRange("006000000000009", "006000000000001")).hasMessageContaining("end after it starts");
    }
}
