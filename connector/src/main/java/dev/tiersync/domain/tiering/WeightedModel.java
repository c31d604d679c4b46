package dev.tiersync.domain.tiering;

import java.util.EnumMap;
import java.util.Map;

/**
 * A weighted scoring model: each dimension's 0–100 score times its weight, added up; then A from
 * {@code a} points, B from {@code b}, C from {@code c}, D below.
 *
 * @param weights weights that add up to 1
 */
public record WeightedModel(Map<ScoreDimension, Double> weights, double a, double b, double c) {

    public WeightedModel {
        if (weights == null || weights.isEmpty()) {
            throw new IllegalArgumentException("tiers.weighted.weights must name at least one dimension of " + java.util.Arrays.toString(ScoreDimension.values()));
        }
        double sum = 0;
        for (Map.Entry<ScoreDimension, Double> weight : weights.entrySet()) {
            if (weight.getValue() == null || !(weight.getValue() >= 0)) {
                throw new IllegalArgumentException("tiers.weighted.weights." + weight.getKey() + " must be 0 or more");
            }
            sum += weight.getValue();
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("tiers.weighted.weights must add up to 1, they add up to " + sum);
        }
        if (!(100 >= a && a > b && b > c && c > 0)) {
            throw new IllegalArgumentException("tiers.weighted thresholds must fall from A to C within (0, 100]: a > b > c, were "
                    + a + ", " + b + ", " + c);
        }
        weights = new EnumMap<>(weights);
    }

    public static WeightedModel defaults() {
        Map<ScoreDimension, Double> weights = new EnumMap<>(ScoreDimension.class);
        weights.put(ScoreDimension.VALUE, 0.5);
        weights.put(ScoreDimension.FREQUENCY, 0.2);
        weights.put(ScoreDimension.RECENCY, 0.15);
        weights.put(ScoreDimension.SIZE, 0.1);
        weights.put(ScoreDimension.GROWTH, 0.05);
        return new WeightedModel(weights, 70, 50, 30);
    }
}
