package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;
import java.util.List;

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
    public Tier[] assign(List<ScoredAccount> customers) {
        int[] ranked = Ranking.byQualityDescending(customers);
        double total = customers.stream().mapToDouble(c -> Math.max(0, c.quality())).sum();
        Tier[] tiers = new Tier[customers.size()];
        double before = 0;
        int i = 0;
        while (i < ranked.length) {
            double quality = customers.get(ranked[i]).quality();
            Tier tier = quality <= 0 || total <= 0 ? Tier.D : cutoffs.tierAt(before / total);
            double group = 0;
            while (i < ranked.length && customers.get(ranked[i]).quality() == quality) {
                tiers[ranked[i]] = tier;
                group += Math.max(0, quality);
                i++;
            }
            before += group;
        }
        return tiers;
    }
}
