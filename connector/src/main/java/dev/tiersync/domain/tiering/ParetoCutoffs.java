package dev.tiersync.domain.tiering;

import dev.tiersync.domain.Tier;

/**
 * Cumulative value shares that end tiers A, B and C, in ascending order, such as 0.5, 0.8 and 0.95.
 */
public record ParetoCutoffs(double a, double b, double c) {

    public ParetoCutoffs {
        if (!(0 < a && a < b && b < c && c <= 1)) {
            throw new IllegalArgumentException("tiers.pareto cut-offs must rise within (0, 1]: a < b < c, were "
                    + a + ", " + b + ", " + c);
        }
    }

    public static ParetoCutoffs defaults() {
        return new ParetoCutoffs(0.5, 0.8, 0.95);
    }

    /** The tier of an account whose better-ranked customers hold this share of all value. */
    Tier tierAt(double shareBefore) {
        return shareBefore < a ? Tier.A : shareBefore < b ? Tier.B : shareBefore < c ? Tier.C : Tier.D;
    }
}
