package dev.tiersync.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TierTest {

    @Test
    void picklistValuesRoundTrip() {
        for (Tier tier : Tier.values()) {
            assertThat(Tier.fromPicklistValue(tier.picklistValue())).contains(tier);
        }
    }

    @Test
    void aValueTierSyncDoesNotWriteReadsAsNoTier() {
        assertThat(Tier.fromPicklistValue("Tier 1")).isEmpty();
        assertThat(Tier.fromPicklistValue("a")).isEmpty();
        assertThat(Tier.fromPicklistValue(null)).isEmpty();
    }
}
