package dev.tiersync.domain.firmographics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Sizes a company by employees, or by annual revenue when the employee count is unknown.
 *
 * @param midMarketEmployees the fewest employees of a Mid-Market company
 * @param enterpriseEmployees the fewest employees of an Enterprise
 * @param midMarketRevenue the least annual revenue of a Mid-Market company
 * @param enterpriseRevenue the least annual revenue of an Enterprise
 */
public record SizeBandRule(int midMarketEmployees, int enterpriseEmployees, BigDecimal midMarketRevenue,
                           BigDecimal enterpriseRevenue) {

    public SizeBandRule {
        Objects.requireNonNull(midMarketRevenue, "midMarketRevenue");
        Objects.requireNonNull(enterpriseRevenue, "enterpriseRevenue");
        if (midMarketEmployees <= 0 || enterpriseEmployees <= midMarketEmployees) {
            throw new IllegalArgumentException("size band employee thresholds must be positive and ascending: mid-market "
                    + midMarketEmployees + " must be above 0 and below enterprise " + enterpriseEmployees);
        }
        if (midMarketRevenue.signum() <= 0 || enterpriseRevenue.compareTo(midMarketRevenue) <= 0) {
            throw new IllegalArgumentException("size band revenue thresholds must be positive and ascending: mid-market "
                    + midMarketRevenue.toPlainString() + " must be above 0 and below enterprise " + enterpriseRevenue.toPlainString());
        }
    }

    /** 100 and 1,000 employees; $10M and $500M annual revenue. */
    public static SizeBandRule defaults() {
        return new SizeBandRule(100, 1_000, new BigDecimal("10000000"), new BigDecimal("500000000"));
    }

    public SizeBand bandOf(Integer employees, BigDecimal annualRevenue) {
        if (employees != null && employees > 0) {
            return employees >= enterpriseEmployees ? SizeBand.ENTERPRISE
                    : employees >= midMarketEmployees ? SizeBand.MID_MARKET : SizeBand.SMALL;
        }
        if (annualRevenue != null && annualRevenue.signum() > 0) {
            return annualRevenue.compareTo(enterpriseRevenue) >= 0 ? SizeBand.ENTERPRISE
                    : annualRevenue.compareTo(midMarketRevenue) >= 0 ? SizeBand.MID_MARKET : SizeBand.SMALL;
        }
        return SizeBand.UNKNOWN;
    }
}
