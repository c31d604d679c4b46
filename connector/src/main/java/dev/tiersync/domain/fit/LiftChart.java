package dev.tiersync.domain.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The lift chart as the segmentation literature defines it: rank customers by a scheme's score and
 * plot, for X from 0 to 100 % of the ranking, the share Y of the actual top 25 % customers found in
 * the top X %. The diagonal (Y = X) is no model; the perfect curve finds every top customer first.
 * Customers tied on the score share the positions they span, so a tie is neither luck nor bad luck.
 *
 * @param captured Y at X = 0 %, 1 %, …, 100 % (101 shares from 0 to 1)
 * @param customers how many customers were ranked
 * @param top how many of them are in the actual top 25 %
 */
public record LiftChart(List<Double> captured, int customers, int top) implements java.io.Serializable {

    /** The share of the ranking the chart is read at for the headline figure: the top 25 %. */
    public static final double QUARTER = 0.25;

    public LiftChart {
        captured = List.copyOf(captured);
        if (captured.size() != 101) {
            throw new IllegalArgumentException("a lift chart has 101 points, had " + captured.size());
        }
    }

    /** The chart of a ranking: {@code scores[i]} is customer i's score (higher first), {@code isTop[i]} whether it is actually top 25 %. */
    public static LiftChart of(double[] scores, boolean[] isTop) {
        int n = scores.length;
        int positives = 0;
        for (boolean t : isTop) {
            positives += t ? 1 : 0;
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        // cumulative positives at each boundary between tie groups
        List<double[]> groups = new ArrayList<>();
        int start = 0;
        while (start < n) {
            int end = start;
            int groupTop = 0;
            while (end < n && scores[order[end]] == scores[order[start]]) {
                groupTop += isTop[order[end]] ? 1 : 0;
                end++;
            }
            groups.add(new double[]{start, end, groupTop});
            start = end;
        }
        List<Double> captured = new ArrayList<>(101);
        for (int x = 0; x <= 100; x++) {
            double k = n * x / 100.0;
            double found = 0;
            for (double[] g : groups) {
                if (k >= g[1]) {
                    found += g[2];
                } else {
                    if (k > g[0]) {
                        found += g[2] * (k - g[0]) / (g[1] - g[0]);
                    }
                    break;
                }
            }
            captured.add(positives == 0 ? x / 100.0 : found / positives);
        }
        return new LiftChart(captured, n, positives);
    }

    /** Y of the perfect ranking at a share X of the ranking. */
    public double perfectAt(double share) {
        return top == 0 ? share : Math.min(1, share * customers / top);
    }

    /** Y of this ranking at a share X (interpolated between the percent points). */
    public double captureAt(double share) {
        double position = Math.max(0, Math.min(1, share)) * 100;
        int low = (int) Math.floor(position);
        if (low >= 100) {
            return captured.get(100);
        }
        double t = position - low;
        return captured.get(low) * (1 - t) + captured.get(low + 1) * t;
    }

    /** The share of the actual top 25 % found in the top 25 % of the ranking: 0.25 is no better than chance. */
    public double captureAtQuarter() {
        return captureAt(QUARTER);
    }

    /** The area between this curve and the diagonal (trapezoids over the 101 points); 0 is chance, negative is worse. */
    public double areaOverDiagonal() {
        double area = 0;
        for (int x = 1; x <= 100; x++) {
            area += ((captured.get(x - 1) - (x - 1) / 100.0) + (captured.get(x) - x / 100.0)) / 2 / 100;
        }
        return area;
    }

    /** The area between the perfect curve and the diagonal: the most any scheme can reach (0.375 with exactly a quarter on top). */
    public double perfectArea() {
        double area = 0;
        for (int x = 1; x <= 100; x++) {
            area += ((perfectAt((x - 1) / 100.0) - (x - 1) / 100.0) + (perfectAt(x / 100.0) - x / 100.0)) / 2 / 100;
        }
        return area;
    }
}
