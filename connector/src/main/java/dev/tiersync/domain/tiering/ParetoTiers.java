package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A to D by cumulative share of value: the customers that together make the first {@code a} of all
 * value are A, up to {@code b} B, up to {@code c} C, the rest D. Customers with no positive value are D.
 */
public final class ParetoTiers implements TierMethod {

    private final ParetoCutoffs cutoffs;

    public ParetoTiers(ParetoCutoffs cutoffs) {
        this.cutoffs = cutoffs;
    }

    @Override
    public Map<String, Tier> assign(List<ScoredAccount> customers) {
        List<ScoredAccount> ranked = customers.stream()
                .sorted(Comparator.comparingDouble(ScoredAccount::quality).reversed()).toList();
        double total = ranked.stream().mapToDouble(c -> Math.max(0, c.quality())).sum();
        Map<String, Tier> tiers = new HashMap<>();
        double before = 0;
        int i = 0;
        while (i < ranked.size()) {
            double quality = ranked.get(i).quality();
            Tier tier = quality <= 0 || total <= 0 ? Tier.D : cutoffs.tierAt(before / total);
            double group = 0;
            while (i < ranked.size() && ranked.get(i).quality() == quality) {
                tiers.put(ranked.get(i).accountId(), tier);
                group += Math.max(0, quality);
                i++;
            }
            before += group;
        }
        return tiers;
    }
}
