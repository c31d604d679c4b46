package dev.tiersync.domain.fit.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Rank positions without boxing: 0 for the highest value, ties in position order. */
public final class Ranks {

    private Ranks() {
    }

    /** {@code rank[i]} is the place of {@code values[i]} from the highest (0) down; equal values keep their order. */
    public static int[] descending(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = values.length;
        int[] rank = new int[n];
        Map<Double, Integer> seenOfTie = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double v = values[i];
            int upper = upperBound(sorted, v);
            int above = n - upper;
            int ties = upper - lowerBound(sorted, v);
            rank[i] = above + (ties == 1 ? 0 : seenOfTie.merge(v, 1, Integer::sum) - 1);
        }
        return rank;
    }

    private static int lowerBound(double[] sorted, double value) {
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

    private static int upperBound(double[] sorted, double value) {
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
