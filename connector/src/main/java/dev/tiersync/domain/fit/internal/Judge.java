package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.LiftChart;
import dev.tiersync.domain.fit.SchemeEvaluation;
import java.util.Locale;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * Judges a scheme by the lift chart of scores it gave customers it did not learn from: it beats the
 * diagonal by a clear margin when the area between its curve and the diagonal reaches
 * {@code min-lift-area} and a ranking with no information would do as well with a chance under
 * {@code significance} (one-sided Mann-Whitney test of the top 25 %'s scores against the others').
 */
public final class Judge {

    private final FitConfig config;

    public Judge(FitConfig config) {
        this.config = config;
    }

    public SchemeEvaluation judge(Scheme scheme, Calibration calibration, double[] scores, boolean[] isTop, String judgedOn) {
        LiftChart lift = LiftChart.of(scores, isTop);
        double p = pValue(scores, isTop, lift.areaOverDiagonal());
        boolean beats = lift.areaOverDiagonal() >= config.minLiftArea() && p <= config.significance();
        String verdict = String.format(Locale.ROOT, "%s: top 25%% holds %s of the actual top 25%%, area over the diagonal %.3f "
                        + "(perfect %.3f), p %s, %s; %s", scheme.kind().label(), Traits.percent(lift.captureAtQuarter()),
                lift.areaOverDiagonal(), lift.perfectArea(), LinearScheme.pValue(p),
                beats ? "beats the diagonal" : "does not beat the diagonal by the margin (area " + config.minLiftArea()
                        + ", p " + config.significance() + ")", judgedOn);
        return new SchemeEvaluation(scheme.kind(), scheme.describe(calibration), lift, p, beats, verdict);
    }

    private static double pValue(double[] scores, boolean[] isTop, double area) {
        int tops = 0;
        for (boolean t : isTop) {
            tops += t ? 1 : 0;
        }
        if (tops == 0 || tops == isTop.length) {
            return Double.NaN;
        }
        double[] top = new double[tops];
        double[] rest = new double[isTop.length - tops];
        int a = 0;
        int b = 0;
        for (int i = 0; i < scores.length; i++) {
            if (isTop[i]) {
                top[a++] = scores[i];
            } else {
                rest[b++] = scores[i];
            }
        }
        double twoSided = new MannWhitneyUTest().mannWhitneyUTest(top, rest);
        return area > 0 ? twoSided / 2 : 1 - twoSided / 2;
    }

}
