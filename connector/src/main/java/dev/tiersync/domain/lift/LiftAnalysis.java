package dev.tiersync.domain.lift;

import dev.tiersync.domain.AccountHistory;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.engine.Extensions;
import dev.tiersync.domain.engine.Segmentation;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.signals.ChurnRisk;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A backtest: assess accounts as of an earlier date, then compare each tier's share of the won
 * revenue that followed with its share of accounts, and see whether churn-flagged customers stopped.
 */
public final class LiftAnalysis {

    private final Segmenter segmenter;

    public LiftAnalysis(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    public LiftReport run(Collection<AccountHistory> accounts, LocalDate asOf, Period horizon) {
        return run(accounts, asOf, horizon, Extensions.NONE);
    }

    /** The backtest with the engine's extensions for the assessment as of {@code asOf}. */
    public LiftReport run(Collection<AccountHistory> accounts, LocalDate asOf, Period horizon, Extensions extensions) {
        LocalDate end = asOf.plus(horizon);
        List<Segmentation> assessed = segmenter.assess(accounts, asOf, extensions);
        Map<String, Double> future = new HashMap<>();
        for (AccountHistory history : accounts) {
            future.put(history.accountId(), history.wonRevenueBetween(asOf, end));
        }
        Map<Tier, int[]> counts = new EnumMap<>(Tier.class);
        Map<Tier, double[]> revenue = new EnumMap<>(Tier.class);
        int flagged = 0;
        int flaggedStopped = 0;
        int unflagged = 0;
        int unflaggedStopped = 0;
        double total = 0;
        for (Segmentation s : assessed) {
            double next = future.get(s.accountId());
            counts.computeIfAbsent(s.tier(), t -> new int[1])[0]++;
            revenue.computeIfAbsent(s.tier(), t -> new double[1])[0] += next;
            total += next;
            if (s.tier() == Tier.PROSPECT) {
                continue;
            }
            boolean atRisk = s.churnRisk() == ChurnRisk.MEDIUM || s.churnRisk() == ChurnRisk.HIGH;
            if (atRisk) {
                flagged++;
                flaggedStopped += next == 0 ? 1 : 0;
            } else {
                unflagged++;
                unflaggedStopped += next == 0 ? 1 : 0;
            }
        }
        List<TierLift> lifts = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            int n = counts.getOrDefault(tier, new int[1])[0];
            double won = revenue.getOrDefault(tier, new double[1])[0];
            double accountShare = assessed.isEmpty() ? 0 : (double) n / assessed.size();
            double revenueShare = total == 0 ? 0 : won / total;
            lifts.add(new TierLift(tier, n, won, accountShare, revenueShare, n == 0 ? Double.NaN : revenueShare / accountShare));
        }
        return new LiftReport(asOf, end, lifts, new ChurnOutcome(flagged, flaggedStopped, unflagged, unflaggedStopped));
    }
}
