package dev.tiersync.plugins.internal;

import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.plugin.api.SpendNorms;
import java.util.OptionalDouble;

/** The engine's spend norms of a run, as the plugin API shows them: by size band picklist value. */
public final class EngineSpendNorms implements SpendNorms {

    private final dev.tiersync.domain.signals.SpendNorms norms;

    private EngineSpendNorms(dev.tiersync.domain.signals.SpendNorms norms) {
        this.norms = norms;
    }

    public static SpendNorms of(dev.tiersync.domain.signals.SpendNorms norms) {
        return new EngineSpendNorms(norms);
    }

    @Override
    public OptionalDouble medianTrailingWon(String sizeBand) {
        double median = SizeBand.fromPicklistValue(sizeBand).map(norms::median).orElse(Double.NaN);
        return Double.isNaN(median) ? OptionalDouble.empty() : OptionalDouble.of(median);
    }
}
