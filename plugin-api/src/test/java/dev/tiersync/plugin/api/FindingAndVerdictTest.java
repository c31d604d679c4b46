package dev.tiersync.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindingAndVerdictTest {

    @Test
    void aFindingKeepsItsNamePointsAndReason() {
        Finding finding = Finding.of("intent-competitor-research", 2, " researching competitors ");

        assertThat(finding.signal()).isEqualTo("intent-competitor-research");
        assertThat(finding.points()).isEqualTo(2);
        assertThat(finding.reason()).isEqualTo("researching competitors");
        assertThat(finding).isEqualTo(Finding.of("intent-competitor-research", 2, "researching competitors"));
    }

    @Test
    void aFindingOutOfBoundsIsRefusedWithWhatToFix() {
        assertThatThrownBy(() -> Finding.of("x", 4, "too heavy")).hasMessageContaining("points must be 1 to 3, was 4");
        assertThatThrownBy(() -> Finding.of("x", 0, "too light")).hasMessageContaining("points must be 1 to 3");
        assertThatThrownBy(() -> Finding.of("Has Spaces", 1, "r")).hasMessageContaining("lower case");
        assertThatThrownBy(() -> Finding.of("x", 1, "two\nlines")).hasMessageContaining("one non-blank line");
        assertThatThrownBy(() -> Finding.of("x", 1, "r".repeat(Finding.MAX_REASON_LENGTH + 1)))
                .hasMessageContaining("at most 120");
    }

    @Test
    void aMetVerdictCarriesItsReasonAndANotMetOneNone() {
        assertThat(Verdict.met("uses HubSpot").isMet()).isTrue();
        assertThat(Verdict.met("uses HubSpot").reason()).contains("uses HubSpot");
        assertThat(Verdict.notMet().isMet()).isFalse();
        assertThat(Verdict.notMet().reason()).isEmpty();
        assertThatThrownBy(() -> Verdict.met("")).isInstanceOf(IllegalArgumentException.class);
    }
}
