package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.metrics.AccountMetrics;
import dev.tiersync.domain.value.PercentileRank;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** A to D by a weighted score over several dimensions, with fixed score thresholds. */
public final class WeightedTiers implements TierMethod {

    private final WeightedModel model;

    public WeightedTiers(WeightedModel model) {
        this.model = model;
    }

    @Override
    public Tier[] assign(List<ScoredAccount> customers) {
        PercentileRank frequency = rank(customers, c -> c.profile().metrics().winsPerYear());
        PercentileRank recency = rank(customers, WeightedTiers::recency);
        PercentileRank growth = rank(customers, WeightedTiers::growth);
        Tier[] tiers = new Tier[customers.size()];
        for (int i = 0; i < tiers.length; i++) {
            ScoredAccount customer = customers.get(i);
            double score = 0;
            for (Map.Entry<ScoreDimension, Double> weight : model.weights().entrySet()) {
                double points = switch (weight.getKey()) {
                    case VALUE -> customer.valueScore();
                    case FREQUENCY -> frequency.of(customer.profile().metrics().winsPerYear());
                    case RECENCY -> recency.of(recency(customer));
                    case SIZE -> ScoreDimension.sizeScore(customer.profile().sizeBand());
                    case GROWTH -> growth.of(growth(customer));
                };
                score += weight.getValue() * points;
            }
            tiers[i] = score >= model.a() ? Tier.A : score >= model.b() ? Tier.B : score >= model.c() ? Tier.C : Tier.D;
        }
        return tiers;
    }

    private static double recency(ScoredAccount customer) {
        return -customer.profile().metrics().daysSinceLastWin().orElse(Long.MAX_VALUE / 2);
    }

    private static double growth(ScoredAccount customer) {
        AccountMetrics metrics = customer.profile().metrics();
        return metrics.growth().orElse(metrics.trailingWon() > 0 ? 1 : 0);
    }

    private static PercentileRank rank(List<ScoredAccount> customers, ToDoubleFunction<ScoredAccount> measure) {
        return PercentileRank.of(customers.stream().mapToDouble(measure).toArray());
    }
}
