package dev.tiersync.domain.value;

/**
 * The weights of the quality score: annual contract value (trailing 12 months' won revenue) less
 * the cost to serve, plus a growth bonus, less a shrink penalty and a cancellation penalty, plus a
 * bonus for large customers.
 *
 * @param costToServeRate cost to serve as a share of annual contract value (0.15 is 15 %)
 * @param costToServeFixed cost to serve of every customer, in money
 * @param growthBonus share of the added revenue credited when spend grew
 * @param shrinkPenalty share of the lost revenue charged when spend shrank
 * @param cancellationPenalty share of last year's revenue charged when a customer bought nothing this year
 * @param largeCustomerBonus share of annual contract value added for Enterprise-size customers
 */
public record ValueScoreConfig(double costToServeRate, double costToServeFixed, double growthBonus, double shrinkPenalty,
                               double cancellationPenalty, double largeCustomerBonus) {

    public ValueScoreConfig {
        requireShare("cost-to-serve-rate", costToServeRate);
        requireNonNegative("cost-to-serve-fixed", costToServeFixed);
        requireNonNegative("growth-bonus", growthBonus);
        requireNonNegative("shrink-penalty", shrinkPenalty);
        requireNonNegative("cancellation-penalty", cancellationPenalty);
        requireNonNegative("large-customer-bonus", largeCustomerBonus);
    }

    public static ValueScoreConfig defaults() {
        return new ValueScoreConfig(0.15, 0, 0.5, 0.5, 0.25, 0.2);
    }

    private static void requireShare(String key, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException("value." + key + " must be a share from 0 to below 1, was " + value);
        }
    }

    private static void requireNonNegative(String key, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value." + key + " must be 0 or more, was " + value);
        }
    }
}
