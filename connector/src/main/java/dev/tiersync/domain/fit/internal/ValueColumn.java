package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitVariable;

/**
 * A numeric variable for the regression: on a log scale when it spans orders of magnitude (employees,
 * revenue), clipped to the training customers' 1st–99th percentiles so outliers do not lever the fit,
 * and the training median when unknown.
 */
public record ValueColumn(FitVariable variable, boolean log, double low, double high, double fill) implements Column {

    /** The transformed value before clipping and filling: NaN when unknown. */
    static double transform(FitVariable variable, boolean log, double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        return log ? Math.log10(Math.max(value, 0) + 1) : value;
    }

    @Override
    public double valueOf(FitAccount account) {
        double t = transform(variable, log, account.number(variable));
        return Double.isNaN(t) ? fill : Math.max(low, Math.min(high, t));
    }

    @Override
    public String label() {
        return log ? "log10 " + variable.label().toLowerCase(java.util.Locale.ROOT) : variable.label().toLowerCase(java.util.Locale.ROOT);
    }
}
