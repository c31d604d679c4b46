package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.metrics.AccountMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every account exactly one tier: {@code Prospect} without a win, {@code New} for a recent
 * first win, D for a lapsed customer (nothing won in the last 12 months), A for outliers, and the
 * configured method's A to D for the rest. New and lapsed customers are left out of the cut-offs, as
 * the sources ask: they have not shown, or no longer show, a year of buying to rank.
 */
public final class TierAssigner {

    private static final TierDecision PROSPECT = new TierDecision(Tier.PROSPECT, TierBasis.PROSPECT);
    private static final TierDecision NEW = new TierDecision(Tier.NEW, TierBasis.NEW);
    private static final TierDecision LAPSED = new TierDecision(Tier.D, TierBasis.LAPSED);
    private static final TierDecision OUTLIER = new TierDecision(Tier.A, TierBasis.OUTLIER);
    private static final Map<Tier, TierDecision> RANKED = new EnumMap<>(Map.of(
            Tier.A, new TierDecision(Tier.A, TierBasis.RANKED), Tier.B, new TierDecision(Tier.B, TierBasis.RANKED),
            Tier.C, new TierDecision(Tier.C, TierBasis.RANKED), Tier.D, new TierDecision(Tier.D, TierBasis.RANKED)));

    private final TierConfig config;
    private final TierMethod method;

    public TierAssigner(TierConfig config) {
        this.config = config;
        this.method = config.tierMethod();
    }

    /** One decision per account, by its position in the list. */
    public TierDecision[] assign(List<ScoredAccount> accounts) {
        TierDecision[] decisions = new TierDecision[accounts.size()];
        List<Integer> establishedAt = new ArrayList<>();
        for (int i = 0; i < decisions.length; i++) {
            AccountMetrics metrics = accounts.get(i).profile().metrics();
            if (!metrics.isCustomer()) {
                decisions[i] = PROSPECT;
            } else if (metrics.tenureDays().orElse(Long.MAX_VALUE) <= config.newCustomerDays()) {
                decisions[i] = NEW;
            } else if (metrics.lapsed()) {
                decisions[i] = LAPSED;
            } else {
                establishedAt.add(i);
            }
        }
        double outlierAbove = outlierThreshold(establishedAt.stream().mapToDouble(i -> accounts.get(i).quality()).toArray());
        List<Integer> rankedAt = new ArrayList<>(establishedAt.size());
        for (int i : establishedAt) {
            if (accounts.get(i).quality() > outlierAbove) {
                decisions[i] = OUTLIER;
            } else {
                rankedAt.add(i);
            }
        }
        Tier[] tiers = method.assign(rankedAt.stream().map(accounts::get).toList());
        for (int r = 0; r < tiers.length; r++) {
            decisions[rankedAt.get(r)] = RANKED.get(tiers[r]);
        }
        return decisions;
    }

    /**
     * From the top, each customer whose score exceeds the outlier factor times the next one's is an
     * outlier. The chain breaks at a tie, so the outliers are exactly the scores above the first one
     * that is not; with no outlier, the threshold is infinite.
     */
    private double outlierThreshold(double[] scores) {
        Arrays.sort(scores);
        int i = scores.length - 1;
        while (i > 0 && scores[i - 1] > 0 && scores[i] > config.outlierFactor() * scores[i - 1]) {
            i--;
        }
        return i < 0 || i == scores.length - 1 ? Double.POSITIVE_INFINITY : scores[i];
    }
}
