package dev.tiersync.domain.lift;

import dev.tiersync.domain.Tier;
import java.time.LocalDate;
import java.util.List;

/** Whether the tiers and flags assigned as of a date predicted what happened over the horizon after it. */
public record LiftReport(LocalDate asOf, LocalDate horizonEnd, List<TierLift> tiers, ChurnOutcome churn) {

    public LiftReport {
        tiers = List.copyOf(tiers);
    }

    public TierLift tier(Tier tier) {
        return tiers.stream().filter(t -> t.tier() == tier).findFirst().orElseThrow();
    }
}
