package dev.tiersync.domain.signals;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.firmographics.SizeBand;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The median of the last 12 months' won revenue among customers who spent, per size band. */
public final class SpendNorms {

    private final Map<SizeBand, Double> medians;

    private SpendNorms(Map<SizeBand, Double> medians) {
        this.medians = medians;
    }

    public static SpendNorms of(List<AccountProfile> profiles) {
        Map<SizeBand, Double> medians = new EnumMap<>(SizeBand.class);
        for (SizeBand band : SizeBand.values()) {
            double[] sorted = profiles.stream()
                    .filter(p -> p.sizeBand() == band && p.metrics().trailingWon() > 0)
                    .mapToDouble(p -> p.metrics().trailingWon()).sorted().toArray();
            if (sorted.length > 0) {
                int mid = sorted.length / 2;
                medians.put(band, sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
            }
        }
        return new SpendNorms(medians);
    }

    /** The median spend of the band, or NaN when no customer of that size spent. */
    public double median(SizeBand band) {
        return medians.getOrDefault(band, Double.NaN);
    }
}
