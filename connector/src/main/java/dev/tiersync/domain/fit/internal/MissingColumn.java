package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitVariable;

/** 1 when a numeric variable is unknown, so a regression can tell "unknown" from the median it fills in. */
public record MissingColumn(FitVariable variable) implements Column {

    @Override
    public double valueOf(FitAccount account) {
        return Double.isNaN(account.number(variable)) ? 1 : 0;
    }

    @Override
    public String label() {
        return variable.label() + " unknown";
    }
}
