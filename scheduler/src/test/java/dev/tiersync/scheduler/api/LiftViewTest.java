package dev.tiersync.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.lift.ChurnOutcome;
import dev.tiersync.domain.lift.LiftReport;
import dev.tiersync.domain.lift.TierLift;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lift on the wire: tiers by their picklist values, and a tier without accounts has no lift (null), never "NaN". */
class LiftViewTest {

    @Test
    void aTierWithoutAccountsHasANullLiftAndTiersAreNamedAsEveryOtherRouteNamesThem() {
        LiftReport report = new LiftReport(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-12-01"), List.of(
                new TierLift(Tier.A, 10, 900_000, 0.5, 0.9, 1.8),
                new TierLift(Tier.NEW, 0, 0, 0, 0, Double.NaN),
                new TierLift(Tier.PROSPECT, 10, 100_000, 0.5, 0.1, 0.2)), new ChurnOutcome(0, 0, 20, 3));

        JsonNode json = JsonMapper.builder().build().valueToTree(LiftController.LiftView.of(report));

        assertThat(json.get("tiers").findValuesAsString("tier")).containsExactly("A", "New", "Prospect");
        assertThat(json.get("tiers").get(1).get("lift").isNull()).isTrue();
        assertThat(json.get("tiers").get(0).get("lift").asDouble()).isEqualTo(1.8);
        assertThat(json.toString()).doesNotContain("NaN");
    }
}
