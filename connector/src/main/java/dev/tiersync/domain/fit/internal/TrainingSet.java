package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.FitVariable;
import dev.tiersync.domain.value.PercentileRank;
import java.util.List;

/**
 * Customers a scheme learns from, with what it learns: each one's quality score as a percentile
 * among them (0–100, so a few huge accounts cannot drown the rest), whether it is in their top 25 %,
 * and the columns their traits give.
 */
public final class TrainingSet {

    /** The percentile from which a customer is in the top quarter (tier A by quartile). */
    public static final double TOP_QUARTER = 75;

    private final List<FitAccount> customers;
    private final double[] targets;
    private final FeatureSpace features;
    private final FitConfig config;

    private TrainingSet(List<FitAccount> customers, double[] targets, FeatureSpace features, FitConfig config) {
        this.customers = customers;
        this.targets = targets;
        this.features = features;
        this.config = config;
    }

    public static TrainingSet of(List<FitAccount> customers, List<FitVariable> variables, FitConfig config) {
        return new TrainingSet(List.copyOf(customers), percentiles(customers), FeatureSpace.of(customers, variables, config), config);
    }

    /** Each customer's quality score as a percentile among these customers (ties share their middle rank). */
    public static double[] percentiles(List<FitAccount> customers) {
        double[] quality = customers.stream().mapToDouble(FitAccount::quality).toArray();
        PercentileRank rank = PercentileRank.of(quality);
        double[] targets = new double[quality.length];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = rank.of(quality[i]);
        }
        return targets;
    }

    public List<FitAccount> customers() {
        return customers;
    }

    public int size() {
        return customers.size();
    }

    public double[] targets() {
        return targets;
    }

    public boolean isTop(int i) {
        return targets[i] >= TOP_QUARTER;
    }

    public FeatureSpace features() {
        return features;
    }

    public FitConfig config() {
        return config;
    }
}
