package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.FitVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns the schemes learn from, fixed by the customers they are trained on (so a fold of the
 * cross-validation never peeks at its held-out customers): for the tree, one indicator per value
 * held by at least a node's worth of customers and binned numbers; for the regression, indicators
 * less the most common value (the reference), log-scaled clipped numbers and unknown-flags.
 */
public final class FeatureSpace {

    private static final int MAX_LEVELS = 30;
    private static final int MAX_BINS = 16;

    private final List<FitVariable> variables;
    private final List<Column> treeColumns;
    private final List<Column> regressionColumns;
    private final List<String> unused;

    private FeatureSpace(List<FitVariable> variables, List<Column> treeColumns, List<Column> regressionColumns, List<String> unused) {
        this.variables = List.copyOf(variables);
        this.treeColumns = List.copyOf(treeColumns);
        this.regressionColumns = List.copyOf(regressionColumns);
        this.unused = List.copyOf(unused);
    }

    public static FeatureSpace of(List<FitAccount> customers, List<FitVariable> variables, FitConfig config) {
        List<Column> tree = new ArrayList<>();
        List<Column> regression = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        int nodeSize = config.minNodeSize();
        int levelSize = Math.max(2, (nodeSize + 1) / 2);
        for (FitVariable variable : variables) {
            int before = tree.size() + regression.size();
            if (variable.kind() == FitVariable.Kind.CATEGORICAL) {
                categorical(customers, variable, nodeSize, levelSize, tree, regression);
            } else {
                numeric(customers, variable, nodeSize, levelSize, tree, regression);
            }
            if (tree.size() + regression.size() == before) {
                unused.add(variable.label());
            }
        }
        return new FeatureSpace(variables, tree, regression, unused);
    }

    public List<FitVariable> variables() {
        return variables;
    }

    public List<Column> treeColumns() {
        return treeColumns;
    }

    public List<Column> regressionColumns() {
        return regressionColumns;
    }

    /** Variables that carry nothing for these customers: all unknown, all the same, or no value common enough. */
    public List<String> unused() {
        return unused;
    }

    /** The columns' values for each account: rows by account, in the columns' order. */
    public static double[][] matrix(List<FitAccount> accounts, List<Column> columns) {
        double[][] rows = new double[accounts.size()][columns.size()];
        for (int i = 0; i < rows.length; i++) {
            FitAccount account = accounts.get(i);
            for (int c = 0; c < columns.size(); c++) {
                rows[i][c] = columns.get(c).valueOf(account);
            }
        }
        return rows;
    }

    private static void categorical(List<FitAccount> customers, FitVariable variable, int nodeSize, int levelSize,
                                    List<Column> tree, List<Column> regression) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (FitAccount customer : customers) {
            String value = customer.category(variable);
            String key = value == null ? null : value.toLowerCase(Locale.ROOT);
            counts.merge(key, 1, Integer::sum);
            if (value != null) {
                spelling.putIfAbsent(key, value);
            }
        }
        if (counts.size() < 2) {
            return;
        }
        List<Map.Entry<String, Integer>> levels = new ArrayList<>(counts.entrySet());
        levels.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(e -> e.getKey() == null ? "" : e.getKey()));
        String reference = levels.get(0).getKey();
        boolean twoValues = levels.size() == 2 && !counts.containsKey(null);
        int kept = 0;
        for (Map.Entry<String, Integer> level : levels) {
            if (kept++ >= MAX_LEVELS) {
                break;
            }
            String name = level.getKey() == null ? null : spelling.get(level.getKey());
            int count = level.getValue();
            int rest = customers.size() - count;
            if (count >= nodeSize && rest >= nodeSize) {
                String other = twoValues ? spelling.get(levels.get(levels.get(0) == level ? 1 : 0).getKey()) : null;
                tree.add(new LevelColumn(variable, name, other));
            }
            if (count >= levelSize && rest >= levelSize && !java.util.Objects.equals(level.getKey(), reference)) {
                regression.add(new LevelColumn(variable, name));
            }
        }
    }

    private static void numeric(List<FitAccount> customers, FitVariable variable, int nodeSize, int levelSize,
                                List<Column> tree, List<Column> regression) {
        double[] known = customers.stream().mapToDouble(c -> c.number(variable)).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int unknown = customers.size() - known.length;
        if (known.length < 2 || known[0] == known[known.length - 1]) {
            return;
        }
        double[] edges = edges(known, nodeSize);
        if (edges.length > 0 || unknown >= nodeSize) {
            tree.add(new BinColumn(variable, edges, unknown > 0));
        }
        boolean log = Variables.logScale(variable);
        double[] transformed = Arrays.stream(known).map(v -> ValueColumn.transform(variable, log, v)).toArray();
        double low = transformed[(int) Math.floor(0.01 * (transformed.length - 1))];
        double high = transformed[(int) Math.ceil(0.99 * (transformed.length - 1))];
        if (low < high) {
            regression.add(new ValueColumn(variable, log, low, high, transformed[transformed.length / 2]));
        }
        if (unknown >= levelSize && known.length >= levelSize) {
            regression.add(new MissingColumn(variable));
        }
    }

    /** Round-number edges near the quantiles, each bin holding at least a node's worth of the known values. */
    private static double[] edges(double[] sorted, int nodeSize) {
        int bins = Math.max(2, Math.min(MAX_BINS, sorted.length / Math.max(1, nodeSize)));
        List<Double> edges = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        int previousIndex = 0;
        for (int b = 1; b < bins; b++) {
            double edge = round(sorted[(int) ((long) b * sorted.length / bins)]);
            int index = lowerBound(sorted, edge);
            if (edge > previous && index - previousIndex >= nodeSize && sorted.length - index >= nodeSize) {
                edges.add(edge);
                previous = edge;
                previousIndex = index;
            }
        }
        return edges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Two significant digits: 1,037 is 1,000, 0.347 is 0.35. */
    static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        double scale = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 1);
        return Math.round(value / scale) * scale;
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

    @Override
    public String toString() {
        Map<String, Integer> perVariable = new LinkedHashMap<>();
        treeColumns.forEach(c -> perVariable.merge(c.variable().key(), 1, Integer::sum));
        return "FeatureSpace" + perVariable;
    }
}
