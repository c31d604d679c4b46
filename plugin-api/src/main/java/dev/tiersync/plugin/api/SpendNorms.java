package dev.tiersync.plugin.api;

import java.util.OptionalDouble;

/** What customers of each size band usually spend, among the accounts of one run. */
@FunctionalInterface
public interface SpendNorms {

    /**
     * The median of the last 12 months' won revenue among the customers of a size band who spent.
     *
     * @param sizeBand a size band as {@link Firmographics#sizeBand()} gives it, such as {@code Enterprise}
     * @return the median, or empty when no customer of that size spent (or the band is not one of TierSync's)
     */
    OptionalDouble medianTrailingWon(String sizeBand);
}
