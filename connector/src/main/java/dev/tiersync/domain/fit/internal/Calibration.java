package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.value.PercentileRank;

/**
 * Turns a scheme's raw score into the fit score: the percentile the score would rank at among the
 * customers the scheme learnt from (0–100, one decimal; ties share their middle rank, as the value
 * score does). A fit of 86 reads "scores like the customers at the 86th percentile". Also keeps the
 * share of tier A among those customers per tenth of the fit score, for "58% of such customers are tier A".
 */
public final class Calibration implements java.io.Serializable {

    private final PercentileRank rank;
    private final boolean empty;
    private final double[] topShareByDecile;

    private Calibration(PercentileRank rank, boolean empty, double[] topShareByDecile) {
        this.rank = rank;
        this.empty = empty;
        this.topShareByDecile = topShareByDecile;
    }

    /** From the training customers' raw scores and whether each is in their top 25 %. */
    public static Calibration of(double[] raws, boolean[] isTop) {
        PercentileRank rank = PercentileRank.of(raws);
        Calibration draft = new Calibration(rank, raws.length == 0, new double[10]);
        int[] counts = new int[10];
        int[] tops = new int[10];
        for (int i = 0; i < raws.length; i++) {
            int decile = decile(draft.fitScore(raws[i]));
            counts[decile]++;
            tops[decile] += isTop[i] ? 1 : 0;
        }
        double[] shares = new double[10];
        for (int d = 0; d < 10; d++) {
            shares[d] = counts[d] == 0 ? Double.NaN : (double) tops[d] / counts[d];
        }
        return new Calibration(rank, raws.length == 0, shares);
    }

    /**
     * The fit score of a raw score, one decimal. With no customer to rank against (an admin's profile
     * on an org with no customer yet) the raw score, a share from 0 to 1, is the fit score's hundredth.
     */
    public double fitScore(double raw) {
        double score = empty ? 100 * Math.max(0, Math.min(1, raw)) : rank.of(raw);
        return Math.round(score * 10) / 10.0;
    }

    /** The share of tier A among training customers whose fit score falls in the same tenth; NaN when none did. */
    public double topShareNear(double fitScore) {
        return topShareByDecile[decile(fitScore)];
    }

    private static int decile(double fitScore) {
        return Math.max(0, Math.min(9, (int) Math.floor(fitScore / 10)));
    }
}
