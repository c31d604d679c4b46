package dev.tiersync.domain.fit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeTrainerTest {

    private static TreeScheme train(List<FitAccount> customers, FitConfig config) {
        return (TreeScheme) new TreeTrainer().train(TrainingSet.of(customers, Variables.of(customers), config));
    }

    @Test
    void noLeafHoldsFewerCustomersThanTheMinimumNodeSize() {
        List<FitAccount> customers = Customers.generate(2_000, 1, true, false);

        for (int minimum : new int[]{10, 40, 150}) {
            FitConfig config = FitConfig.builder().minNodeSize(minimum).minCustomers(Math.max(20, 2 * minimum)).maxDepth(6)
                    .minDifference(0).significance(0.5).build();

            TreeScheme tree = train(customers, config);

            assertThat(tree.leafSizes()).as("leaves at min-node-size %d", minimum).hasSizeGreaterThan(1)
                    .allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(minimum));
            assertThat(tree.leafSizes().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_000);
        }
    }

    @Test
    void theTreeStopsBranchingWhenDifferencesStopMattering() {
        TreeScheme onNoise = train(Customers.generate(2_000, 2, false, false), FitConfig.defaults());
        TreeScheme onValue = train(Customers.generate(2_000, 2, true, false), FitConfig.defaults());

        assertThat(onNoise.leafSizes()).as("on noise, no split matters, however many were tried").hasSize(1);
        assertThat(onValue.leafSizes()).as("the same customers, with employees driving value").hasSizeGreaterThan(1);
    }

    @Test
    void aTraitThatMattersIsTheFirstQuestionAndReadsAsARoundThreshold() {
        List<FitAccount> customers = Customers.generate(2_000, 3, true, false);
        TrainingSet set = TrainingSet.of(customers, Variables.of(customers), FitConfig.defaults());

        TreeScheme tree = (TreeScheme) new TreeTrainer().train(set);

        double[] raws = customers.stream().mapToDouble(tree::raw).toArray();
        boolean[] top = new boolean[raws.length];
        for (int i = 0; i < top.length; i++) {
            top[i] = set.isTop(i);
        }
        List<String> lines = tree.describe(Calibration.of(raws, top));
        lines.forEach(System.out::println);
        assertThat(lines.get(1)).matches("  (Enterprise|1,000\\+ employees|1,[0-9]00\\+ employees): .*");
        assertThat(tree.reads()).containsAnyOf("Size band", "Employees").doesNotContain("Noise", "Industry", "Region");
    }
}
