package dev.tiersync.domain.engine;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitOutcome;
import dev.tiersync.domain.fit.FitReport;
import java.util.List;

/**
 * One assessment of an org: every account's result, in input order, and the fit learnt on the way
 * (what it learnt and why it was or was not written).
 *
 * @param fitViews every account as the fit saw it, in input order (for a backtest)
 */
public record Assessment(List<Segmentation> results, FitOutcome fit, List<FitAccount> fitViews) {

    public Assessment {
        results = List.copyOf(results);
        fitViews = List.copyOf(fitViews);
    }

    public FitReport fitReport() {
        return fit.report();
    }
}
