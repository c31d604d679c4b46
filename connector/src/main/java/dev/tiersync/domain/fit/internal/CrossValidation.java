package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.FitVariable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * k-fold cross-validation: every customer is scored by a scheme trained without it. Folds are
 * stratified by quartile of value (each quartile shuffled with the configured seed, then dealt out
 * in turn), so every fold holds its share of the top 25 % and the same data always gives the same folds.
 */
public final class CrossValidation {

    private final FitConfig config;
    private final List<FitVariable> variables;

    public CrossValidation(FitConfig config, List<FitVariable> variables) {
        this.config = config;
        this.variables = List.copyOf(variables);
    }

    /** The fold of each customer, given the customers' value percentiles. */
    public int[] folds(double[] targets) {
        int k = config.folds();
        int[] fold = new int[targets.length];
        Random random = new Random(config.seed());
        int dealt = 0;
        for (int quartile = 3; quartile >= 0; quartile--) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < targets.length; i++) {
                if (quartileOf(targets[i]) == quartile) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            for (int member : members) {
                fold[member] = dealt++ % k;
            }
        }
        return fold;
    }

    /** Each customer's raw score from the scheme trained on the other folds; folds train in parallel, results do not depend on it. */
    public double[] outOfFold(List<FitAccount> customers, int[] folds, SchemeTrainer trainer) {
        double[] scores = new double[customers.size()];
        IntStream.range(0, config.folds()).parallel().forEach(f -> {
            List<FitAccount> training = new ArrayList<>();
            List<Integer> heldOut = new ArrayList<>();
            for (int i = 0; i < customers.size(); i++) {
                if (folds[i] == f) {
                    heldOut.add(i);
                } else {
                    training.add(customers.get(i));
                }
            }
            if (heldOut.isEmpty()) {
                return;
            }
            Scheme scheme = trainer.train(TrainingSet.of(training, variables, config));
            for (int i : heldOut) {
                scores[i] = scheme.raw(customers.get(i));
            }
        });
        return scores;
    }

    private static int quartileOf(double percentile) {
        return Math.min(3, (int) Math.floor(percentile / 25));
    }
}
