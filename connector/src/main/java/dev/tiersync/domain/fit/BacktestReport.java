package dev.tiersync.domain.fit;

import java.util.List;

/**
 * How the fit learnt as of an earlier date scored the prospects of then, against what they bought since.
 *
 * @param fitThen the report of the fit as of then (with no fit, every prospect is Unknown)
 * @param tiers per fit tier: prospects then, how many became customers, and the revenue they brought
 * @param converted the prospects of then that became customers, most revenue first
 */
public record BacktestReport(FitReport fitThen, List<TierOutcome> tiers, List<ConvertedProspect> converted) {

    public BacktestReport {
        tiers = List.copyOf(tiers);
        converted = List.copyOf(converted);
    }

    public TierOutcome tier(FitTier tier) {
        return tiers.stream().filter(t -> t.tier() == tier).findFirst().orElseThrow();
    }

    /** One fit tier's prospects of then and what became of them. */
    public record TierOutcome(FitTier tier, int prospects, int converted, double revenue) {

        /** The share of the tier's prospects that became customers; NaN for an empty tier. */
        public double conversionRate() {
            return prospects == 0 ? Double.NaN : (double) converted / prospects;
        }
    }

    /** A prospect of then that has won since, with the fit it was given then. */
    public record ConvertedProspect(String accountId, String name, double fitScore, FitTier tier, double revenue) {
    }
}
