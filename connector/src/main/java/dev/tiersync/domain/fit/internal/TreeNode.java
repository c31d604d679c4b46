package dev.tiersync.domain.fit.internal;

/**
 * A node of a pruned tree with what the training customers that reach it look like: how many, their
 * average value (percentile of quality) and their share of tier A. A split sends an account to
 * {@code greater} when its column's value is above the threshold (Tribuo's convention).
 */
final class TreeNode implements java.io.Serializable {

    final Column column;
    final double threshold;
    final TreeNode lessOrEqual;
    final TreeNode greater;
    final int customers;
    final double meanValue;
    final double topShare;

    private TreeNode(Column column, double threshold, TreeNode lessOrEqual, TreeNode greater, int customers, double meanValue,
                     double topShare) {
        this.column = column;
        this.threshold = threshold;
        this.lessOrEqual = lessOrEqual;
        this.greater = greater;
        this.customers = customers;
        this.meanValue = meanValue;
        this.topShare = topShare;
    }

    static TreeNode leaf(int customers, double meanValue, double topShare) {
        return new TreeNode(null, Double.NaN, null, null, customers, meanValue, topShare);
    }

    static TreeNode split(Column column, double threshold, TreeNode lessOrEqual, TreeNode greater, int customers, double meanValue,
                          double topShare) {
        return new TreeNode(column, threshold, lessOrEqual, greater, customers, meanValue, topShare);
    }

    boolean isLeaf() {
        return column == null;
    }

    TreeNode next(double value) {
        return value > threshold ? greater : lessOrEqual;
    }
}
