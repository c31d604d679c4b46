package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;
import java.util.List;

/** A to D by quartile of the quality score; ties share their middle rank. */
public final class QuartileTiers implements TierMethod {

    private static final Tier[] QUARTILES = {Tier.A, Tier.B, Tier.C, Tier.D};

    @Override
    public Tier[] assign(List<ScoredAccount> customers) {
        int[] ranked = Ranking.byQualityDescending(customers);
        Tier[] tiers = new Tier[customers.size()];
        int n = ranked.length;
        int first = 0;
        while (first < n) {
            double quality = customers.get(ranked[first]).quality();
            int last = first;
            while (last + 1 < n && customers.get(ranked[last + 1]).quality() == quality) {
                last++;
            }
            Tier tier = QUARTILES[(int) (4L * (first + last) / (2L * n))];
            for (int i = first; i <= last; i++) {
                tiers[ranked[i]] = tier;
            }
            first = last + 1;
        }
        return tiers;
    }
}
