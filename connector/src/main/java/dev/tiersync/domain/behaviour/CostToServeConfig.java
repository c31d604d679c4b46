package dev.tiersync.domain.behaviour;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cost to serve from an account's cases over the trailing year, which replaces the flat share of
 * annual contract value when the org records cases: each case costs {@code costPerCase}, times the weight
 * of its priority (1 for a priority without a weight).
 *
 * @param costPerCase money per case; 0 keeps the flat rate even when the org records cases (and Cases are not pulled)
 * @param priorityWeights weight by Case {@code Priority} value, such as High 2, Medium 1, Low 0.5
 */
public record CostToServeConfig(double costPerCase, Map<String, Double> priorityWeights) {

    public CostToServeConfig {
        if (!(costPerCase >= 0) || Double.isInfinite(costPerCase)) {
            throw new IllegalArgumentException("value.cost-per-case must be 0 or more, was " + costPerCase);
        }
        TreeMap<String, Double> weights = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        priorityWeights.forEach((priority, weight) -> {
            if (weight == null || !(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("value.case-priority-weights." + priority + " must be 0 or more, was " + weight);
            }
            weights.put(priority.toLowerCase(Locale.ROOT), weight);
        });
        priorityWeights = java.util.Collections.unmodifiableMap(weights);
    }

    public static CostToServeConfig defaults() {
        return new CostToServeConfig(250, Map.of("High", 2.0, "Medium", 1.0, "Low", 0.5));
    }

    public boolean enabled() {
        return costPerCase > 0;
    }

    /** The cost of the cases of the last year, counted by priority. */
    public double costOf(Map<String, Integer> casesByPriority) {
        double cost = 0;
        for (Map.Entry<String, Integer> cases : casesByPriority.entrySet()) {
            cost += cases.getValue() * costPerCase * priorityWeights.getOrDefault(cases.getKey(), 1.0);
        }
        return cost;
    }
}
