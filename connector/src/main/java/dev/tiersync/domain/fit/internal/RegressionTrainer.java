package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.SchemeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * A linear regression of the customers' value (percentile of quality) on their traits, with
 * variable selection (Apache Commons Math): drops columns that are the same for everyone, then of
 * two columns correlated beyond {@code max-correlation} the one less correlated with value, then by
 * backward elimination every column whose coefficient is not significant at {@code significance}
 * (the worst first; all above p = 0.5 at once, since they plainly carry nothing).
 */
public final class RegressionTrainer implements SchemeTrainer {

    private static final double PLAINLY_NOTHING = 0.5;
    private static final double COMBINATION = 0.999;

    @Override
    public SchemeKind kind() {
        return SchemeKind.REGRESSION;
    }

    @Override
    public Scheme train(TrainingSet set) {
        FitConfig config = set.config();
        List<Column> columns = set.features().regressionColumns();
        double[][] rows = FeatureSpace.matrix(set.customers(), columns);
        double[] y = set.targets();
        int n = rows.length;
        double[][] byColumn = transpose(rows, columns.size());
        double[] withValue = new double[columns.size()];
        List<Integer> active = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        for (int c = 0; c < columns.size(); c++) {
            if (n < 3 || StatUtils.variance(byColumn[c]) == 0) {
                dropped.add(columns.get(c).label() + " (the same for every customer)");
                continue;
            }
            double r = pearson.correlation(byColumn[c], y);
            withValue[c] = Double.isNaN(r) ? 0 : Math.abs(r);
            active.add(c);
        }
        dropCorrelated(active, byColumn, withValue, columns, dropped, config.maxCorrelation());
        Fit fit = eliminate(active, rows, y, withValue, columns, dropped, config.significance());
        double[] means = new double[columns.size()];
        for (int c : active) {
            means[c] = StatUtils.mean(byColumn[c]);
        }
        List<LinearScheme.Term> terms = new ArrayList<>();
        for (int k = 0; k < active.size(); k++) {
            int c = active.get(k);
            terms.add(new LinearScheme.Term(columns.get(c), fit.beta[k + 1], fit.p[k], means[c]));
        }
        return new LinearScheme(fit.beta[0], terms, dropped, fit.rSquared, n);
    }

    /**
     * Of two columns correlated beyond {@code maxCorrelation}, drops the one less correlated with value;
     * then, strongest first, every column that is (almost) a combination of those kept before it
     * (squared multiple correlation above {@value #COMBINATION}), such as countries that add up to their region.
     */
    private static void dropCorrelated(List<Integer> active, double[][] byColumn, double[] withValue, List<Column> columns,
                                       List<String> dropped, double maxCorrelation) {
        if (active.size() < 2) {
            return;
        }
        RealMatrix r = correlations(active, byColumn);
        record Pair(int a, int b, double r) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < active.size(); a++) {
            for (int b = a + 1; b < active.size(); b++) {
                if (Math.abs(r.getEntry(a, b)) > maxCorrelation) {
                    pairs.add(new Pair(a, b, r.getEntry(a, b)));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -Math.abs(p.r)).thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        boolean[] gone = new boolean[active.size()];
        for (Pair pair : pairs) {
            if (gone[pair.a] || gone[pair.b]) {
                continue;
            }
            int weaker = withValue[active.get(pair.b)] > withValue[active.get(pair.a)] ? pair.a : pair.b;
            int stronger = weaker == pair.a ? pair.b : pair.a;
            gone[weaker] = true;
            dropped.add(String.format(Locale.ROOT, "%s (too correlated with %s, r = %.2f)",
                    columns.get(active.get(weaker)).label(), columns.get(active.get(stronger)).label(), pair.r));
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < active.size(); k++) {
            if (!gone[k]) {
                order.add(k);
            }
        }
        order.sort(Comparator.comparingDouble((Integer k) -> -withValue[active.get(k)]).thenComparingInt(k -> k));
        List<Integer> kept = new ArrayList<>();
        for (int k : order) {
            if (!kept.isEmpty() && multipleCorrelation(r, kept, k) > COMBINATION) {
                dropped.add(columns.get(active.get(k)).label() + " (a combination of the others)");
                continue;
            }
            kept.add(k);
        }
        kept.sort(Integer::compare);
        List<Integer> columnsKept = kept.stream().map(active::get).toList();
        active.clear();
        active.addAll(columnsKept);
    }

    /** Pearson correlations of the active columns, as the product of the standardised columns (Commons Math's block multiply). */
    private static RealMatrix correlations(List<Integer> active, double[][] byColumn) {
        int n = byColumn[active.get(0)].length;
        BlockRealMatrix z = new BlockRealMatrix(n, active.size());
        for (int k = 0; k < active.size(); k++) {
            double[] column = byColumn[active.get(k)];
            double mean = StatUtils.mean(column);
            double sd = Math.sqrt(StatUtils.variance(column, mean));
            double[] standardised = new double[n];
            for (int i = 0; i < n; i++) {
                standardised[i] = (column[i] - mean) / sd;
            }
            z.setColumn(k, standardised);
        }
        return z.transpose().multiply(z).scalarMultiply(1.0 / (n - 1));
    }

    /** The squared multiple correlation of column k with the kept columns, from the correlation matrix; 1 when they are dependent. */
    private static double multipleCorrelation(RealMatrix r, List<Integer> kept, int k) {
        int[] rows = kept.stream().mapToInt(Integer::intValue).toArray();
        RealMatrix among = r.getSubMatrix(rows, rows);
        double[] with = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            with[i] = r.getEntry(rows[i], k);
        }
        DecompositionSolver solver = new LUDecomposition(among).getSolver();
        if (!solver.isNonSingular()) {
            return 1;
        }
        RealVector w = new ArrayRealVector(with, false);
        return w.dotProduct(solver.solve(w));
    }

    private record Fit(double[] beta, double[] p, double rSquared) {
    }

    private static Fit eliminate(List<Integer> active, double[][] rows, double[] y, double[] withValue, List<Column> columns,
                                 List<String> dropped, double significance) {
        while (true) {
            while (!active.isEmpty() && rows.length <= active.size() + 1) {
                dropWeakest(active, withValue, columns, dropped, "too few customers for so many terms");
            }
            if (active.isEmpty()) {
                return new Fit(new double[]{rows.length == 0 ? 50 : StatUtils.mean(y)}, new double[0], 0);
            }
            Fit fit;
            try {
                fit = ols(active, rows, y);
            } catch (SingularMatrixException e) {
                dropWeakest(active, withValue, columns, dropped, "a combination of the others");
                continue;
            }
            int worst = -1;
            for (int k = 0; k < active.size(); k++) {
                if (worst < 0 || fit.p[k] > fit.p[worst] || Double.isNaN(fit.p[k])) {
                    worst = k;
                }
            }
            if (!(fit.p[worst] > significance) && !Double.isNaN(fit.p[worst])) {
                return fit;
            }
            List<Integer> kept = new ArrayList<>();
            for (int k = 0; k < active.size(); k++) {
                if (k == worst || Double.isNaN(fit.p[k]) || fit.p[k] > PLAINLY_NOTHING) {
                    dropped.add(String.format(Locale.ROOT, "%s (carries nothing, p = %.2f)",
                            columns.get(active.get(k)).label(), fit.p[k]));
                } else {
                    kept.add(active.get(k));
                }
            }
            active.clear();
            active.addAll(kept);
        }
    }

    private static Fit ols(List<Integer> active, double[][] rows, double[] y) {
        double[][] x = new double[rows.length][active.size()];
        for (int i = 0; i < rows.length; i++) {
            for (int k = 0; k < active.size(); k++) {
                x[i][k] = rows[i][active.get(k)];
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double[] se = ols.estimateRegressionParametersStandardErrors();
        int df = rows.length - active.size() - 1;
        TDistribution t = new TDistribution(null, df);
        double[] p = new double[active.size()];
        for (int k = 0; k < p.length; k++) {
            double stat = beta[k + 1] / se[k + 1];
            p[k] = Double.isNaN(stat) ? Double.NaN : 2 * t.cumulativeProbability(-Math.abs(stat));
        }
        return new Fit(beta, p, ols.calculateRSquared());
    }

    private static void dropWeakest(List<Integer> active, double[] withValue, List<Column> columns, List<String> dropped, String why) {
        int weakest = 0;
        for (int k = 1; k < active.size(); k++) {
            if (withValue[active.get(k)] < withValue[active.get(weakest)]) {
                weakest = k;
            }
        }
        dropped.add(columns.get(active.get(weakest)).label() + " (" + why + ")");
        active.remove(weakest);
    }

    private static double[][] transpose(double[][] rows, int width) {
        double[][] columns = new double[width][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < width; c++) {
                columns[c][i] = rows[i][c];
            }
        }
        return columns;
    }
}
