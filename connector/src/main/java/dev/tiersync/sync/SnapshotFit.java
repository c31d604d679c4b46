package dev.tiersync.sync;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.engine.Assessment;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.fit.BacktestReport;
import dev.tiersync.domain.fit.FitBacktest;
import dev.tiersync.domain.fit.FitOutcome;
import dev.tiersync.domain.fit.FitTier;
import dev.tiersync.domain.fit.LaterBuying;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fit on an org's snapshot: what the engine learns from the org's customers as of a date, the accounts
 * per fit tier, and on request the backtest (the fit learnt as of some months before, against what the
 * prospects of then bought since). Finds the snapshot by the org's configured name; neither logs in nor pulls.
 */
public final class SnapshotFit {

    private final SnapshotStore store;
    private final Segmenter segmenter;
    private final JobPlugins plugins;

    public SnapshotFit(SnapshotStore store, Segmenter segmenter, JobPlugins plugins) {
        this.store = Objects.requireNonNull(store, "store");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    /**
     * What the fit learnt as of {@code asOf}.
     *
     * @param backtest how far back to learn the fit for the backtest; empty for none
     * @throws NoSnapshotException when no sync has stored the org's snapshot yet
     */
    public Result run(String orgName, LocalDate asOf, Optional<Period> backtest) {
        String orgId = store.orgIdNamed(orgName).filter(id -> store.cursor(id).isPresent())
                .orElseThrow(() -> new NoSnapshotException(orgName));
        List<AccountHistory> histories = OrgSnapshot.load(store, orgId).histories();
        Assessment now = segmenter.assessment(histories, asOf, plugins.start().extensions());
        Map<FitTier, Integer> tiers = new EnumMap<>(FitTier.class);
        for (Segmentation s : now.results()) {
            tiers.merge(s.fitTier(), 1, Integer::sum);
        }
        Optional<BacktestReport> tested = backtest.map(back -> {
            LocalDate then = asOf.minus(back);
            Assessment past = segmenter.assessment(histories, then, plugins.start().extensions());
            Map<String, LaterBuying> since = new HashMap<>();
            for (AccountHistory history : histories) {
                int deals = (int) history.opportunities().stream().filter(o -> o.wonBetween(then, asOf)).count();
                since.put(history.accountId(), new LaterBuying(deals, history.wonRevenueBetween(then, asOf)));
            }
            return FitBacktest.run(past.fit(), past.fitViews(), since);
        });
        return new Result(now.fit(), tiers, tested);
    }

    /** The fit as of the date, the accounts per fit tier, and the backtest when asked for. */
    public record Result(FitOutcome fit, Map<FitTier, Integer> tiers, Optional<BacktestReport> backtest) {
    }
}
