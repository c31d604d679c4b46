package dev.tiersync.domain.tiering;

import java.util.Objects;

/**
 * How tiers are assigned.
 *
 * @param method how established customers are split into A to D
 * @param newCustomerDays customers whose first win is at most this many days old are {@code New}
 * @param outlierFactor a customer whose quality score exceeds this many times the next one's is an outlier:
 *     tier A, and left out when the cut-offs are computed
 */
public record TierConfig(TierMethodName method, ParetoCutoffs pareto, WeightedModel weighted, int newCustomerDays,
                         double outlierFactor) {

    public TierConfig {
        Objects.requireNonNull(method, "tiers.method");
        Objects.requireNonNull(pareto, "tiers.pareto");
        Objects.requireNonNull(weighted, "tiers.weighted");
        if (newCustomerDays < 0) {
            throw new IllegalArgumentException("tiers.new-customer-days must be 0 or more, was " + newCustomerDays);
        }
        if (!(outlierFactor > 1)) {
            throw new IllegalArgumentException("tiers.outlier-factor must be above 1, was " + outlierFactor);
        }
    }

    public static TierConfig defaults() {
        return new TierConfig(TierMethodName.QUARTILE, ParetoCutoffs.defaults(), WeightedModel.defaults(), 90, 4);
    }

    public TierMethod tierMethod() {
        return switch (method) {
            case PARETO -> new ParetoTiers(pareto);
            case QUARTILE -> new QuartileTiers();
            case WEIGHTED -> new WeightedTiers(weighted);
        };
    }
}
