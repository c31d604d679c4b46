package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.SchemeKind;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;
import org.tribuo.MutableDataset;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.IndependentRegressionTreeModel;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;

/**
 * Grows a CART regression tree of the customers' value (percentile of quality) with Tribuo, then
 * prunes it as the segmentation literature says: no node holds fewer than {@code min-node-size}
 * customers (a split that would make one is undone with everything below it), and a split whose two
 * leaves differ by less than {@code min-difference} value points, or not significantly by Welch's
 * t-test at {@code significance} (Bonferroni-adjusted for the splits tried), is undone from the bottom up. Deterministic: all features are
 * tried at every split, and Tribuo's seed is fixed.
 */
public final class TreeTrainer implements SchemeTrainer {

    private static final String OUTPUT = "value";
    private static final OffsetDateTime FIXED_TIME = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Override
    public SchemeKind kind() {
        return SchemeKind.TREE;
    }

    @Override
    public Scheme train(TrainingSet set) {
        FitConfig config = set.config();
        List<Column> columns = set.features().treeColumns();
        double[][] rows = FeatureSpace.matrix(set.customers(), columns);
        double[] targets = set.targets();
        boolean[] top = new boolean[set.size()];
        for (int i = 0; i < top.length; i++) {
            top[i] = set.isTop(i);
        }
        int[] all = new int[set.size()];
        Arrays.setAll(all, i -> i);
        Pruner pruner = new Pruner(columns, rows, targets, top, config);
        if (columns.isEmpty() || set.size() < 2 * config.minNodeSize()) {
            return new TreeScheme(pruner.leaf(all));
        }
        Node<Regressor> root = grow(columns, rows, targets, config);
        return new TreeScheme(pruner.prune(root, all));
    }

    private static Node<Regressor> grow(List<Column> columns, double[][] rows, double[] targets, FitConfig config) {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("TierSync fit customers", FIXED_TIME, factory), factory);
        String[] names = new String[columns.size()];
        for (int c = 0; c < names.length; c++) {
            names[c] = name(c);
        }
        for (int i = 0; i < rows.length; i++) {
            // Tribuo reads an absent feature as 0, so only the non-zero columns go in: most are indicators
            ArrayExample<Regressor> example = new ArrayExample<>(new Regressor(OUTPUT, targets[i]));
            for (int c = 0; c < names.length; c++) {
                if (rows[i][c] != 0) {
                    example.add(names[c], rows[i][c]);
                }
            }
            data.add(example);
        }
        // Tribuo stops at nodes under minChildWeight; a node below twice the minimum cannot split into two of it
        float minChildWeight = 2f * config.minNodeSize();
        // a split must remove at least 0.1 % of the root's squared error, which trims hopeless growth early
        float minImpurityDecrease = 0.001f * (float) variance(targets);
        CARTRegressionTrainer trainer = new CARTRegressionTrainer(config.maxDepth(), minChildWeight, minImpurityDecrease, 1.0f,
                false, new MeanSquaredError(), config.seed());
        TreeModel<Regressor> model = trainer.train(data);
        Node<Regressor> root = model instanceof IndependentRegressionTreeModel independent
                ? independent.getRoots().get(OUTPUT) : model.getRoot();
        return remap(root, model);
    }

    /** Tribuo numbers features by its own sorted map; put our column positions back into the split nodes. */
    private static Node<Regressor> remap(Node<Regressor> node, TreeModel<Regressor> model) {
        if (node.isLeaf()) {
            return node;
        }
        SplitNode<Regressor> split = (SplitNode<Regressor>) node;
        int column = Integer.parseInt(model.getFeatureIDMap().get(split.getFeatureID()).getName().substring(1));
        return new SplitNode<>(split.splitValue(), column, split.getImpurity(), remap(split.getGreaterThan(), model),
                remap(split.getLessThanOrEqual(), model));
    }

    private static String name(int column) {
        return String.format("c%04d", column);
    }

    private static double variance(double[] values) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double v : values) {
            stats.addValue(v);
        }
        return stats.getN() < 2 ? 0 : stats.getVariance();
    }

    /** Turns Tribuo's tree into {@link TreeNode}s with the training customers' figures, pruning splits that do not matter. */
    private static final class Pruner {

        private final List<Column> columns;
        private final double[][] rows;
        private final double[] targets;
        private final boolean[] top;
        private final FitConfig config;
        private final TTest tTest = new TTest();

        Pruner(List<Column> columns, double[][] rows, double[] targets, boolean[] top, FitConfig config) {
            this.columns = columns;
            this.rows = rows;
            this.targets = targets;
            this.top = top;
            this.config = config;
        }

        TreeNode prune(Node<Regressor> node, int[] members) {
            if (node.isLeaf() || members.length == 0) {
                return leaf(members);
            }
            SplitNode<Regressor> split = (SplitNode<Regressor>) node;
            int column = split.getFeatureID();
            double threshold = split.splitValue();
            List<Integer> lower = new ArrayList<>();
            List<Integer> upper = new ArrayList<>();
            for (int m : members) {
                (rows[m][column] > threshold ? upper : lower).add(m);
            }
            int[] lowerMembers = lower.stream().mapToInt(Integer::intValue).toArray();
            int[] upperMembers = upper.stream().mapToInt(Integer::intValue).toArray();
            if (Math.min(lowerMembers.length, upperMembers.length) < config.minNodeSize()) {
                return leaf(members);
            }
            TreeNode lessOrEqual = prune(split.getLessThanOrEqual(), lowerMembers);
            TreeNode greater = prune(split.getGreaterThan(), upperMembers);
            if (lessOrEqual.isLeaf() && greater.isLeaf() && !matters(lowerMembers, upperMembers, candidateSplits(members))) {
                return leaf(members);
            }
            TreeNode here = leaf(members);
            return TreeNode.split(columns.get(column), threshold, lessOrEqual, greater, here.customers, here.meanValue, here.topShare);
        }

        TreeNode leaf(int[] members) {
            double sum = 0;
            int tops = 0;
            for (int m : members) {
                sum += targets[m];
                tops += top[m] ? 1 : 0;
            }
            int n = members.length;
            return TreeNode.leaf(n, n == 0 ? 50 : sum / n, n == 0 ? 0 : (double) tops / n);
        }

        /**
         * Whether the split's two sides differ enough to matter. The split is the best of many the
         * tree tried at this node, so its p-value is multiplied by the number of candidate splits
         * (Bonferroni, as CHAID does); otherwise the best of a hundred noise splits would pass.
         */
        private boolean matters(int[] lower, int[] upper, int candidates) {
            SummaryStatistics a = stats(lower);
            SummaryStatistics b = stats(upper);
            if (Math.abs(a.getMean() - b.getMean()) < config.minDifference()) {
                return false;
            }
            if (a.getVariance() == 0 && b.getVariance() == 0) {
                return true;
            }
            double p = tTest.tTest(a, b);
            return Double.isNaN(p) || Math.min(1, p * candidates) <= config.significance();
        }

        /** The splits the tree could have made at a node: per column, one fewer than the distinct values its members have. */
        private int candidateSplits(int[] members) {
            int candidates = 0;
            for (int c = 0; c < columns.size(); c++) {
                java.util.Set<Double> distinct = new java.util.HashSet<>();
                for (int m : members) {
                    distinct.add(rows[m][c]);
                    if (distinct.size() > 64) {
                        break;
                    }
                }
                candidates += distinct.size() - 1;
            }
            return Math.max(1, candidates);
        }

        private SummaryStatistics stats(int[] members) {
            SummaryStatistics stats = new SummaryStatistics();
            for (int m : members) {
                stats.addValue(targets[m]);
            }
            return stats;
        }
    }

}
