package dev.tiersync.domain.fit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegressionTrainerTest {

    private static List<String> describe(List<FitAccount> customers) {
        TrainingSet set = TrainingSet.of(customers, Variables.of(customers), FitConfig.defaults());
        Scheme scheme = new RegressionTrainer().train(set);
        double[] raws = customers.stream().mapToDouble(scheme::raw).toArray();
        boolean[] top = new boolean[raws.length];
        for (int i = 0; i < top.length; i++) {
            top[i] = set.isTop(i);
        }
        List<String> lines = scheme.describe(Calibration.of(raws, top));
        lines.forEach(System.out::println);
        return lines;
    }

    @Test
    void ofTwoVariablesThatMoveTogetherOnlyOneStays() {
        List<String> lines = describe(Customers.generate(2_000, 4, true, true));

        String dropped = lines.get(lines.size() - 1);
        assertThat(dropped).startsWith("  dropped: ").containsPattern("log10 (annual revenue|employees) \\(too correlated with log10 "
                + "(employees|annual revenue), r = 1\\.00\\)");
        assertThat(lines).filteredOn(l -> l.contains("× log10")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aVariableThatCarriesNothingIsDroppedAndOneThatMattersIsKept() {
        List<String> lines = describe(Customers.generate(2_000, 5, true, false));

        assertThat(lines.get(lines.size() - 1)).contains("noise (carries nothing, p = ");
        assertThat(lines).anyMatch(l -> l.matches("  \\+\\d+\\.\\d\\d × (log10 employees|Enterprise) {2}\\(p < 0\\.001\\)"));
    }

    @Test
    void countriesThatAddUpToTheirRegionDoNotBreakTheFit() {
        List<FitAccount> customers = new java.util.ArrayList<>();
        String[] countries = {"United States", "Canada", "Germany", "France"};
        List<FitAccount> base = Customers.generate(1_200, 6, true, false);
        for (int i = 0; i < base.size(); i++) {
            FitAccount c = base.get(i);
            String country = countries[i % 4];
            customers.add(FitAccount.builder(c.id()).employees((int) c.number(dev.tiersync.domain.fit.FitVariable.EMPLOYEES))
                    .firmographics("Technology", null, i % 4 < 2 ? dev.tiersync.domain.firmographics.Region.NORTH_AMERICA
                            : dev.tiersync.domain.firmographics.Region.EMEA)
                    .billingCountry(country).customer(c.quality()).build());
        }

        List<String> lines = describe(customers);

        assertThat(lines.get(0)).startsWith("value = ");
        assertThat(String.join("\n", lines)).contains("(a combination of the others)");
    }
}
