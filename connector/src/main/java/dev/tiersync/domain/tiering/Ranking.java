package dev.tiersync.domain.tiering;

import java.util.List;

/** Orders accounts by quality score without boxing: positions sorted by score, highest first, ties by position. */
final class Ranking {

    private Ranking() {
    }

    static int[] byQualityDescending(List<ScoredAccount> accounts) {
        double[] scores = new double[accounts.size()];
        int[] order = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = accounts.get(i).quality();
            order[i] = i;
        }
        mergeSort(order, new int[order.length], 0, order.length, scores);
        return order;
    }

    /** A stable merge sort of positions by descending score. */
    private static void mergeSort(int[] order, int[] scratch, int from, int to, double[] scores) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(order, scratch, from, mid, scores);
        mergeSort(order, scratch, mid, to, scores);
        if (scores[order[mid - 1]] >= scores[order[mid]]) {
            return;
        }
        System.arraycopy(order, from, scratch, from, to - from);
        int left = from;
        int right = mid;
        for (int k = from; k < to; k++) {
            if (right >= to || (left < mid && scores[scratch[left]] >= scores[scratch[right]])) {
                order[k] = scratch[left++];
            } else {
                order[k] = scratch[right++];
            }
        }
    }
}
