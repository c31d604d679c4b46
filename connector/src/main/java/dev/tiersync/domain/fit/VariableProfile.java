package dev.tiersync.domain.fit;

import java.util.List;

/** One variable across the groups of the tier profile (quartiles A–D, or deciles 1–10), best group first. */
public sealed interface VariableProfile extends java.io.Serializable permits VariableProfile.Numeric, VariableProfile.Categorical {

    FitVariable variable();

    /**
     * A numeric variable: per group, the mean and median of the customers that have it and the share that do not.
     * Means and medians are NaN for a group with no value.
     */
    record Numeric(FitVariable variable, List<Double> means, List<Double> medians, List<Double> missingShares) implements VariableProfile {

        public Numeric {
            means = List.copyOf(means);
            medians = List.copyOf(medians);
            missingShares = List.copyOf(missingShares);
        }
    }

    /** A categorical variable: its most common values (the rest as {@code (other)}, blanks as {@code (unknown)}) with their share of each group. */
    record Categorical(FitVariable variable, List<LevelShares> levels) implements VariableProfile {

        public Categorical {
            levels = List.copyOf(levels);
        }
    }

    /** One value of a categorical variable and its share of each group. */
    record LevelShares(String level, List<Double> shares) implements java.io.Serializable {

        public LevelShares {
            shares = List.copyOf(shares);
        }
    }
}
