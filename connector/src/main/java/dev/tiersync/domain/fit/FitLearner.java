package dev.tiersync.domain.fit;

import dev.tiersync.domain.fit.internal.Calibration;
import dev.tiersync.domain.fit.internal.CrossValidation;
import dev.tiersync.domain.fit.internal.IdealProfileScheme;
import dev.tiersync.domain.fit.internal.Judge;
import dev.tiersync.domain.fit.internal.ProfileBuilder;
import dev.tiersync.domain.fit.internal.Ranks;
import dev.tiersync.domain.fit.internal.RegressionTrainer;
import dev.tiersync.domain.fit.internal.Scheme;
import dev.tiersync.domain.fit.internal.SchemeTrainer;
import dev.tiersync.domain.fit.internal.TrainingSet;
import dev.tiersync.domain.fit.internal.TreeTrainer;
import dev.tiersync.domain.fit.internal.Variables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Learns the fit from the established customers' quality scores: profiles the tiers, trains the
 * decision tree and the regression (and takes the admin's ideal customer profile when the rules
 * define one), judges each on customers it was not trained on with the lift chart, and picks the
 * best scheme that beats the diagonal by a clear margin, or the one the rules name. Too few
 * customers, or no scheme clearly better than chance, and there is no fit, with the reason.
 * Deterministic: customers are put in id order first, folds and samples come from the configured seed.
 */
public final class FitLearner {

    private static final int PROFILE_MIN_CUSTOMERS = 8;

    private final FitConfig config;
    private final List<SchemeTrainer> trainers = List.of(new TreeTrainer(), new RegressionTrainer());

    public FitLearner(FitConfig config) {
        this.config = config;
    }

    public FitConfig config() {
        return config;
    }

    public FitOutcome learn(Collection<FitAccount> accounts) {
        FitAccount[] sorted = accounts.stream().filter(FitAccount::isCustomer).toArray(FitAccount[]::new);
        Arrays.parallelSort(sorted, Comparator.comparing(FitAccount::id));
        List<FitAccount> customers = List.of(sorted);
        int newCustomers = (int) accounts.stream().filter(a -> a.standing() == Standing.NEW_CUSTOMER).count();
        List<FitVariable> variables = Variables.of(customers);
        Optional<TierProfile> profile = customers.size() < PROFILE_MIN_CUSTOMERS ? Optional.empty()
                : Optional.of(new ProfileBuilder(config).build(customers, TrainingSet.percentiles(customers), variables));
        List<FitAccount> training = sample(customers);
        FitPopulation population = new FitPopulation(accounts.size(), customers.size(), newCustomers,
                accounts.size() - customers.size() - newCustomers, training.size());
        List<String> notes = new ArrayList<>();
        if (population.sampled()) {
            notes.add(String.format(Locale.ROOT, "learnt from a sample of %,d of the %,d customers, evenly spread over the quality "
                    + "ranking (training-sample)", training.size(), customers.size()));
        }
        if (newCustomers > 0) {
            notes.add(String.format(Locale.ROOT, "%,d new customers are scored like prospects, not learnt from", newCustomers));
        }
        boolean enough = customers.size() >= config.minCustomers();
        Map<SchemeKind, Scheme> schemes = new EnumMap<>(SchemeKind.class);
        Map<SchemeKind, Calibration> calibrations = new EnumMap<>(SchemeKind.class);
        List<SchemeEvaluation> evaluations = new ArrayList<>();
        double[] targets = TrainingSet.percentiles(training);
        boolean[] isTop = new boolean[targets.length];
        for (int i = 0; i < isTop.length; i++) {
            isTop[i] = targets[i] >= TrainingSet.TOP_QUARTER;
        }
        Judge judge = new Judge(config);
        if (enough) {
            TrainingSet whole = TrainingSet.of(training, variables, config);
            List<String> unused = whole.features().unused();
            if (!unused.isEmpty()) {
                notes.add("not used, since they carry nothing for these customers: " + String.join(", ", unused));
            }
            CrossValidation validation = new CrossValidation(config, variables);
            int[] folds = validation.folds(targets);
            for (SchemeTrainer trainer : trainers) {
                double[] outOfFold = validation.outOfFold(training, folds, trainer);
                Scheme scheme = trainer.train(whole);
                Calibration calibration = calibrate(scheme, training, isTop);
                schemes.put(scheme.kind(), scheme);
                calibrations.put(scheme.kind(), calibration);
                evaluations.add(judge.judge(scheme, calibration, outOfFold, isTop, String.format(Locale.ROOT,
                        "judged by %d-fold cross-validation on %,d customers", config.folds(), training.size())));
            }
        }
        if (!config.profile().isEmpty()) {
            Scheme scheme = new IdealProfileScheme(config.profile());
            Calibration calibration = calibrate(scheme, training, isTop);
            double[] scores = training.stream().mapToDouble(scheme::raw).toArray();
            schemes.put(SchemeKind.PROFILE, scheme);
            calibrations.put(SchemeKind.PROFILE, calibration);
            evaluations.add(judge.judge(scheme, calibration, scores, isTop, String.format(Locale.ROOT,
                    "judged on all %,d customers (it learns from none)", training.size())));
        }
        Choice choice = choose(evaluations, enough, customers.size());
        FitReport report = new FitReport(population, profile, evaluations, Optional.ofNullable(choice.kind), choice.decision, notes);
        FitModel model = choice.kind == null ? null : new FitModel(schemes.get(choice.kind), calibrations.get(choice.kind), config);
        return new FitOutcome(report, model, choice.kind == null ? choice.shortReason : null);
    }

    private record Choice(SchemeKind kind, String decision, String shortReason) {
    }

    private Choice choose(List<SchemeEvaluation> evaluations, boolean enough, int customers) {
        String tooFew = String.format(Locale.ROOT, "too few customers to learn from: %,d established, at least %,d needed (%s)",
                customers, config.minCustomers(), FitConfig.KEY + "min-customers");
        String tooFewShort = String.format(Locale.ROOT, "too few customers to learn from (%,d, at least %,d)", customers,
                config.minCustomers());
        Optional<SchemeKind> named = config.scheme();
        if (named.isPresent()) {
            SchemeKind kind = named.get();
            Optional<SchemeEvaluation> evaluation = evaluations.stream().filter(e -> e.kind() == kind).findFirst();
            if (kind == SchemeKind.PROFILE) {
                boolean beats = evaluation.map(SchemeEvaluation::beatsDiagonal).orElse(false);
                return new Choice(kind, "the ideal customer profile the rules name (" + FitConfig.KEY + "scheme) is used"
                        + (beats ? "; it beats the diagonal" : "; note: it does not beat the diagonal by the margin on these customers"),
                        null);
            }
            if (!enough) {
                return new Choice(null, "no fit: " + tooFew, tooFewShort);
            }
            SchemeEvaluation chosen = evaluation.orElseThrow();
            return chosen.beatsDiagonal()
                    ? new Choice(kind, kind.label() + " used, as the rules name it (" + FitConfig.KEY + "scheme); it beats the diagonal", null)
                    : new Choice(null, "no fit: the scheme the rules name does not beat the diagonal by a clear margin. " + chosen.verdict(),
                    "the " + kind.key() + " the rules name does not beat chance");
        }
        Optional<SchemeEvaluation> best = evaluations.stream().filter(SchemeEvaluation::beatsDiagonal)
                .max(Comparator.comparingDouble(SchemeEvaluation::areaOverDiagonal)
                        .thenComparing(e -> -e.kind().ordinal()));
        if (best.isPresent()) {
            return new Choice(best.get().kind(), String.format(Locale.ROOT, "%s chosen: the largest area over the diagonal (%.3f) "
                    + "of the schemes that beat it", best.get().kind().label(), best.get().areaOverDiagonal()), null);
        }
        if (evaluations.isEmpty()) {
            return new Choice(null, "no fit: " + tooFew, tooFewShort);
        }
        StringBuilder why = new StringBuilder("no fit: no scheme beats the diagonal by a clear margin (area at least ")
                .append(config.minLiftArea()).append(" with p at most ").append(config.significance()).append(")");
        for (SchemeEvaluation e : evaluations) {
            why.append(String.format(Locale.ROOT, "; %s area %.3f, p %s", e.kind().key(), e.areaOverDiagonal(),
                    Double.isNaN(e.pValue()) ? "n/a" : String.format(Locale.ROOT, "%.3f", e.pValue())));
        }
        if (!enough) {
            why.append("; and ").append(tooFew);
        }
        return new Choice(null, why.toString(), enough ? "no scheme beats chance on these customers" : tooFewShort);
    }

    private static Calibration calibrate(Scheme scheme, List<FitAccount> training, boolean[] isTop) {
        return Calibration.of(training.stream().mapToDouble(scheme::raw).toArray(), isTop);
    }

    /**
     * Every customer, or above {@code training-sample} an even spread over the quality ranking (a
     * sample stratified by quality: every (n/size)-th customer from the best down), in id order.
     */
    private List<FitAccount> sample(List<FitAccount> customers) {
        int n = customers.size();
        int size = config.trainingSample();
        if (n <= size) {
            return customers;
        }
        int[] rank = Ranks.descending(customers.stream().mapToDouble(FitAccount::quality).toArray());
        boolean[] pickedRank = new boolean[n];
        for (int j = 0; j < size; j++) {
            pickedRank[(int) (((long) j * n + n / 2) / size)] = true;
        }
        List<FitAccount> sample = new ArrayList<>(size);
        for (int i = 0; i < n; i++) {
            if (pickedRank[rank[i]]) {
                sample.add(customers.get(i));
            }
        }
        return sample;
    }
}
