package dev.tiersync.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiRangeTest {

    @Test
    void anIntervalIncludesItsBracketedBoundsAndExcludesItsParenthesisedOnes() {
        ApiRange range = ApiRange.parse("[1.0,2.0)");

        assertThat(range.contains(v("1.0.0"))).isTrue();
        assertThat(range.contains(v("1.9.12"))).isTrue();
        assertThat(range.contains(v("2.0.0"))).isFalse();
        assertThat(range.contains(v("0.9"))).isFalse();
        assertThat(ApiRange.parse("(1.0,1.2]").contains(v("1.0"))).isFalse();
        assertThat(ApiRange.parse("(1.0,1.2]").contains(v("1.2"))).isTrue();
        assertThat(ApiRange.parse("[1.1.3,1.1.3]").contains(v("1.1.3"))).isTrue();
    }

    @Test
    void aBareVersionMeansItOrALaterOneOfTheSameMajorVersion() {
        ApiRange range = ApiRange.parse("1.2");

        assertThat(range.contains(v("1.2.0"))).isTrue();
        assertThat(range.contains(v("1.7"))).isTrue();
        assertThat(range.contains(v("1.1.9"))).as("built against 1.2, it may call what 1.1 lacks").isFalse();
        assertThat(range.contains(v("2.0"))).as("a major version may break it").isFalse();
    }

    @Test
    void anOpenUpperBoundHasNoLimit() {
        assertThat(ApiRange.parse("[1.0,)").contains(v("7.0"))).isTrue();
    }

    @Test
    void malformedRangesSayWhatARangeLooksLike() {
        assertThatThrownBy(() -> ApiRange.parse("")).hasMessageContaining("write one such as [1.0,2.0)");
        assertThatThrownBy(() -> ApiRange.parse("[1.0;2.0)")).hasMessageContaining("is not an API range such as [1.0,2.0)");
        assertThatThrownBy(() -> ApiRange.parse(">=1.0")).hasMessageContaining("is not a version such as 1.0 or 1.2.3");
        assertThatThrownBy(() -> ApiRange.parse("[2.0,1.0)")).hasMessageContaining("holds no version");
        assertThatThrownBy(() -> ApiRange.parse("[1.0,1.0)")).hasMessageContaining("holds no version");
        assertThatThrownBy(() -> ApiRange.parse("[1.0,]")).hasMessageContaining("an open upper bound ends with ')'");
        assertThatThrownBy(() -> ApiRange.parse("[1.0.0-beta,2)")).hasMessageContaining("'1.0.0-beta' is not a version");
    }

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertThat(v("1.10.0")).isGreaterThan(v("1.9.0"));
        assertThat(v("1")).isEqualTo(v("1.0.0"));
        assertThat(v("1.2").nextMajor()).isEqualTo(v("2.0.0"));
    }

    private static ApiVersion v(String text) {
        return ApiVersion.parse(text);
    }
}
