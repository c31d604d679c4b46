package dev.tiersync.domain.value;

import java.util.Arrays;

/** Percentile ranks 0–100 of values among a population; ties share their middle rank. */
public final class PercentileRank implements java.io.Serializable {

    private final double[] sorted;

    private PercentileRank(double[] sorted) {
        this.sorted = sorted;
    }

    public static PercentileRank of(double[] population) {
        double[] sorted = population.clone();
        Arrays.sort(sorted);
        return new PercentileRank(sorted);
    }

    /** The share of the population below the value, counting equal values half, times 100; 0 for an empty population. */
    public double of(double value) {
        if (sorted.length == 0) {
            return 0;
        }
        int below = lowerBound(value);
        int equal = upperBound(value) - below;
        return 100.0 * (below + 0.5 * equal) / sorted.length;
    }

    private int lowerBound(double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int upperBound(double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
