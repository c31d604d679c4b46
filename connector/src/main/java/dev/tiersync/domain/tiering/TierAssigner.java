package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;
import dev.tiersync.domain.metrics.AccountMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every account exactly one tier: {@code Prospect} without a win, {@code New} for a recent
 * first win, A for outliers, and the configured method's A to D for the rest.
 */
public final class TierAssigner {

    private final TierConfig config;
    private final TierMethod method;

    public TierAssigner(TierConfig config) {
        this.config = config;
        this.method = config.tierMethod();
    }

    public Map<String, TierDecision> assign(List<ScoredAccount> accounts) {
        Map<String, TierDecision> decisions = new HashMap<>();
        List<ScoredAccount> established = new ArrayList<>();
        for (ScoredAccount account : accounts) {
            AccountMetrics metrics = account.profile().metrics();
            if (!metrics.isCustomer()) {
                decisions.put(account.accountId(), new TierDecision(Tier.PROSPECT, TierBasis.PROSPECT));
            } else if (metrics.tenureDays().orElse(Long.MAX_VALUE) <= config.newCustomerDays()) {
                decisions.put(account.accountId(), new TierDecision(Tier.NEW, TierBasis.NEW));
            } else {
                established.add(account);
            }
        }
        Set<String> outliers = outliers(established);
        outliers.forEach(id -> decisions.put(id, new TierDecision(Tier.A, TierBasis.OUTLIER)));
        List<ScoredAccount> ranked = established.stream().filter(a -> !outliers.contains(a.accountId())).toList();
        method.assign(ranked).forEach((id, tier) -> decisions.put(id, new TierDecision(tier, TierBasis.RANKED)));
        return decisions;
    }

    /** From the top, each customer whose score exceeds the outlier factor times the next one's. */
    private Set<String> outliers(List<ScoredAccount> established) {
        List<ScoredAccount> ranked = established.stream()
                .sorted(Comparator.comparingDouble(ScoredAccount::quality).reversed()
                        .thenComparing(ScoredAccount::accountId))
                .toList();
        Set<String> outliers = new HashSet<>();
        for (int i = 0; i + 1 < ranked.size(); i++) {
            double next = ranked.get(i + 1).quality();
            if (next > 0 && ranked.get(i).quality() > config.outlierFactor() * next) {
                outliers.add(ranked.get(i).accountId());
            } else {
                break;
            }
        }
        return outliers;
    }
}
