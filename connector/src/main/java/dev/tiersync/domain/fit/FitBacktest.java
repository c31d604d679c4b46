package dev.tiersync.domain.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fit's backtest: learn it from the accounts as they were N months ago, score the prospects of
 * then, and compare their fit tiers with who became a customer since and the revenue they brought.
 * The caller assesses the accounts as of then (with the segmentation engine) and counts what each
 * bought since, as the tier backtest does.
 */
public final class FitBacktest {

    private final FitLearner learner;

    public FitBacktest(FitLearner learner) {
        this.learner = learner;
    }

    /** {@code since} holds what each account (by id) bought after then; an account it lacks bought nothing. */
    public BacktestReport run(List<FitAccount> asOfThen, Map<String, LaterBuying> since) {
        return run(learner.learn(asOfThen), asOfThen, since);
    }

    /** The same, with the fit already learnt from {@code asOfThen} (as the segmentation engine learns it on the way). */
    public static BacktestReport run(FitOutcome outcome, List<FitAccount> asOfThen, Map<String, LaterBuying> since) {
        List<FitAccount> prospects = asOfThen.stream().filter(a -> a.standing() == Standing.PROSPECT)
                .sorted(Comparator.comparing(FitAccount::id)).toList();
        List<FitScore> scores = outcome.scoreAll(prospects);
        Map<FitTier, int[]> counts = new EnumMap<>(FitTier.class);
        Map<FitTier, double[]> revenue = new EnumMap<>(FitTier.class);
        List<BacktestReport.ConvertedProspect> converted = new ArrayList<>();
        for (int i = 0; i < prospects.size(); i++) {
            FitAccount prospect = prospects.get(i);
            FitScore score = scores.get(i);
            LaterBuying later = since.getOrDefault(prospect.id(), LaterBuying.NOTHING);
            int[] c = counts.computeIfAbsent(score.tier(), t -> new int[2]);
            c[0]++;
            if (later.bought()) {
                c[1]++;
                revenue.computeIfAbsent(score.tier(), t -> new double[1])[0] += later.revenueWon();
                converted.add(new BacktestReport.ConvertedProspect(prospect.id(), prospect.name(),
                        score.score().orElse(Double.NaN), score.tier(), later.revenueWon()));
            }
        }
        converted.sort(Comparator.comparingDouble((BacktestReport.ConvertedProspect c) -> -c.revenue())
                .thenComparing(BacktestReport.ConvertedProspect::accountId));
        List<BacktestReport.TierOutcome> tiers = new ArrayList<>();
        for (FitTier tier : FitTier.values()) {
            int[] c = counts.getOrDefault(tier, new int[2]);
            tiers.add(new BacktestReport.TierOutcome(tier, c[0], c[1], revenue.getOrDefault(tier, new double[1])[0]));
        }
        return new BacktestReport(outcome.report(), tiers, converted);
    }
}
