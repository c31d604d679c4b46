package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A to D by quartile of the quality score; ties share their middle rank. */
public final class QuartileTiers implements TierMethod {

    private static final Tier[] QUARTILES = {Tier.A, Tier.B, Tier.C, Tier.D};

    @Override
    public Map<String, Tier> assign(List<ScoredAccount> customers) {
        List<ScoredAccount> ranked = customers.stream()
                .sorted(Comparator.comparingDouble(ScoredAccount::quality).reversed()).toList();
        Map<String, Tier> tiers = new HashMap<>();
        int n = ranked.size();
        int first = 0;
        while (first < n) {
            int last = first;
            while (last + 1 < n && ranked.get(last + 1).quality() == ranked.get(first).quality()) {
                last++;
            }
            Tier tier = QUARTILES[(int) (4L * (first + last) / (2L * n))];
            for (int i = first; i <= last; i++) {
                tiers.put(ranked.get(i).accountId(), tier);
            }
            first = last + 1;
        }
        return tiers;
    }
}
