package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.fit.FitAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Customers for the schemes' own tests: traits drawn at random, a quality score that depends on
 * employees (1,000 or more triple it) and on nothing else unless asked, with lognormal noise.
 */
final class Customers {

    private static final String[] INDUSTRIES = {"Technology", "Retail", "Finance", "Healthcare", "Energy"};
    private static final Region[] REGIONS = {Region.NORTH_AMERICA, Region.EMEA, Region.APAC, Region.LATIN_AMERICA};

    private Customers() {
    }

    /** {@code n} customers; {@code employeesMatter} false makes the quality score pure noise. */
    static List<FitAccount> generate(int n, long seed, boolean employeesMatter, boolean revenueMirrorsEmployees) {
        Random random = new Random(seed);
        List<FitAccount> customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int employees = (int) Math.max(1, Math.exp(Math.log(300) + 1.4 * random.nextGaussian()));
            double revenue = revenueMirrorsEmployees ? employees * 100_000.0 : Math.exp(Math.log(3e7) + 1.5 * random.nextGaussian());
            double quality = 10_000 * (employeesMatter && employees >= 1000 ? 3 : 1) * Math.exp(0.6 * random.nextGaussian());
            customers.add(FitAccount.builder(String.format("001C%06d", i))
                    .firmographics(INDUSTRIES[random.nextInt(INDUSTRIES.length)],
                            employees >= 1000 ? SizeBand.ENTERPRISE : employees >= 100 ? SizeBand.MID_MARKET : SizeBand.SMALL,
                            REGIONS[random.nextInt(REGIONS.length)])
                    .employees(employees).annualRevenue(BigDecimal.valueOf(Math.round(revenue)))
                    .attribute("Noise", random.nextGaussian())
                    .customer(quality).build());
        }
        return customers;
    }
}
