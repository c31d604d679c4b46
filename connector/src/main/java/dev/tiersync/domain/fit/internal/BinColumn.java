package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitVariable;
import java.util.Arrays;

/**
 * A numeric variable for the tree, cut into bins at round numbers near its quantiles: the bin's index
 * (0 below the first edge), -1 when unknown. Bins hold enough customers to be worth a node, and a
 * split between two bins reads as a round threshold ({@code 1,000+ employees}).
 */
public final class BinColumn implements Column {

    private final FitVariable variable;
    private final double[] edges;
    private final boolean sawUnknown;

    BinColumn(FitVariable variable, double[] edges, boolean sawUnknown) {
        this.variable = variable;
        this.edges = edges.clone();
        this.sawUnknown = sawUnknown;
    }

    @Override
    public FitVariable variable() {
        return variable;
    }

    @Override
    public double valueOf(FitAccount account) {
        double value = account.number(variable);
        if (Double.isNaN(value)) {
            return -1;
        }
        int position = Arrays.binarySearch(edges, value);
        return position >= 0 ? position + 1 : -position - 1;
    }

    /** The edge a split above {@code threshold} starts at: values at or above it go to the greater side; NaN when the split only separates the unknown. */
    double edgeAbove(double threshold) {
        int first = (int) Math.floor(threshold) + 1;
        return first <= 0 ? Double.NaN : edges[Math.min(first, edges.length) - 1];
    }

    /** Whether training customers without a value were seen, so "under" reads "or unknown". */
    boolean sawUnknown() {
        return sawUnknown;
    }

    @Override
    public String label() {
        return variable.label();
    }
}
