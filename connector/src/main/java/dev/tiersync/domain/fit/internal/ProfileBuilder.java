package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.Contrast;
import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitConfig;
import dev.tiersync.domain.fit.FitVariable;
import dev.tiersync.domain.fit.RankedCustomer;
import dev.tiersync.domain.fit.TierProfile;
import dev.tiersync.domain.fit.VariableProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Builds the tier profile: customers grouped by quartile of the quality score (deciles from
 * {@code decile-from} customers), each variable's means and medians or value shares per group, the
 * variables ranked by how much A and D differ, and the top and bottom ten. One pass over the
 * customers per variable, on primitive arrays, so it stays fast on hundreds of thousands.
 */
public final class ProfileBuilder {

    private static final int SHOWN_LEVELS = 8;
    private static final int A = 0;
    private static final int D = 3;
    static final String OTHER = "(other)";
    static final String UNKNOWN = "(unknown)";

    private final FitConfig config;

    public ProfileBuilder(FitConfig config) {
        this.config = config;
    }

    /** The profile of these established customers (in id order), with their quality percentiles. */
    public TierProfile build(List<FitAccount> customers, double[] percentiles, List<FitVariable> variables) {
        boolean deciles = customers.size() >= config.decileFrom();
        int groupCount = deciles ? 10 : 4;
        int n = customers.size();
        int[] group = new int[n];
        int[] quartile = new int[n];
        int[] sizes = new int[groupCount];
        for (int i = 0; i < n; i++) {
            quartile[i] = 3 - Math.min(3, (int) Math.floor(percentiles[i] / 25));
            group[i] = deciles ? 9 - Math.min(9, (int) Math.floor(percentiles[i] / 10)) : quartile[i];
            sizes[group[i]]++;
        }
        List<String> groups = deciles ? IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).toList() : List.of("A", "B", "C", "D");
        // variables are profiled in parallel, each into its own slot: the result does not depend on it
        VariableProfile[] profileSlots = new VariableProfile[variables.size()];
        Contrast[] contrastSlots = new Contrast[variables.size()];
        IntStream.range(0, variables.size()).parallel().forEach(v -> {
            FitVariable variable = variables.get(v);
            if (variable.kind() == FitVariable.Kind.NUMERIC) {
                double[] values = new double[n];
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    values[i] = customers.get(i).number(variable);
                    any |= !Double.isNaN(values[i]);
                }
                if (any) {
                    profileSlots[v] = numeric(variable, values, group, sizes);
                    contrastSlots[v] = numericContrast(variable, values, quartile);
                }
            } else {
                String[] values = new String[n];
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    values[i] = customers.get(i).category(variable);
                    any |= values[i] != null;
                }
                if (any) {
                    profileSlots[v] = categorical(variable, values, group, sizes);
                    contrastSlots[v] = categoricalContrast(variable, values, quartile);
                }
            }
        });
        List<VariableProfile> profiles = Arrays.stream(profileSlots).filter(java.util.Objects::nonNull).toList();
        List<Contrast> contrasts = new ArrayList<>(Arrays.stream(contrastSlots).filter(java.util.Objects::nonNull).toList());
        contrasts.sort(Comparator.comparingDouble((Contrast c) -> Double.isNaN(c.effect()) ? 1 : -c.effect())
                .thenComparing(c -> c.variable().key()));
        return new TierProfile(n, groups, Arrays.stream(sizes).boxed().toList(), profiles, contrasts,
                extremes(customers, percentiles, groups, group, true), extremes(customers, percentiles, groups, group, false));
    }

    /** The ten best (or worst) by quality score, ties in id order, found in one pass. */
    private static List<RankedCustomer> extremes(List<FitAccount> customers, double[] percentiles, List<String> groups, int[] group,
                                                 boolean best) {
        Comparator<Integer> better = Comparator.comparingDouble((Integer i) -> best ? customers.get(i).quality() : -customers.get(i).quality())
                .thenComparing(i -> -i);
        PriorityQueue<Integer> kept = new PriorityQueue<>(better);
        for (int i = 0; i < customers.size(); i++) {
            kept.add(i);
            if (kept.size() > 10) {
                kept.poll();
            }
        }
        List<Integer> order = new ArrayList<>(kept);
        order.sort(better.reversed());
        return order.stream().map(i -> ranked(customers.get(i), percentiles[i], groups.get(group[i]))).toList();
    }

    private static RankedCustomer ranked(FitAccount c, double percentile, String group) {
        List<String> traits = new ArrayList<>();
        for (FitVariable v : List.of(FitVariable.INDUSTRY, FitVariable.SIZE_BAND, FitVariable.REGION, FitVariable.EMPLOYEES)) {
            if (c.knows(v)) {
                traits.add(Traits.of(c, v));
            }
        }
        return new RankedCustomer(c.id(), c.name(), c.quality(), Math.round(percentile * 10) / 10.0, group, String.join(", ", traits));
    }

    private static VariableProfile numeric(FitVariable variable, double[] values, int[] group, int[] sizes) {
        double[][] known = new double[sizes.length][];
        int[] filled = new int[sizes.length];
        for (int g = 0; g < sizes.length; g++) {
            known[g] = new double[sizes[g]];
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                known[group[i]][filled[group[i]]++] = values[i];
            }
        }
        List<Double> means = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        List<Double> missing = new ArrayList<>();
        for (int g = 0; g < sizes.length; g++) {
            double[] v = Arrays.copyOf(known[g], filled[g]);
            means.add(v.length == 0 ? Double.NaN : StatUtils.mean(v));
            medians.add(v.length == 0 ? Double.NaN : StatUtils.percentile(v, 50));
            missing.add(sizes[g] == 0 ? 0 : 1.0 - (double) v.length / sizes[g]);
        }
        return new VariableProfile.Numeric(variable, means, medians, missing);
    }

    private static VariableProfile categorical(FitVariable variable, String[] values, int[] group, int[] sizes) {
        Map<String, int[]> perLevel = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            perLevel.computeIfAbsent(values[i] == null ? UNKNOWN : values[i], l -> new int[sizes.length])[group[i]]++;
        }
        List<String> known = perLevel.keySet().stream().filter(l -> !l.equals(UNKNOWN))
                .sorted(Comparator.comparingInt((String l) -> -Arrays.stream(perLevel.get(l)).sum()).thenComparing(l -> l)).toList();
        List<VariableProfile.LevelShares> shares = new ArrayList<>();
        int[] other = new int[sizes.length];
        for (int l = 0; l < known.size(); l++) {
            int[] counts = perLevel.get(known.get(l));
            if (l < SHOWN_LEVELS) {
                shares.add(shares(known.get(l), counts, sizes));
            } else {
                for (int g = 0; g < sizes.length; g++) {
                    other[g] += counts[g];
                }
            }
        }
        if (known.size() > SHOWN_LEVELS) {
            shares.add(shares(OTHER, other, sizes));
        }
        if (perLevel.containsKey(UNKNOWN)) {
            shares.add(shares(UNKNOWN, perLevel.get(UNKNOWN), sizes));
        }
        return new VariableProfile.Categorical(variable, shares);
    }

    private static VariableProfile.LevelShares shares(String level, int[] counts, int[] sizes) {
        List<Double> perGroup = new ArrayList<>(sizes.length);
        for (int g = 0; g < sizes.length; g++) {
            perGroup.add(sizes[g] == 0 ? 0 : (double) counts[g] / sizes[g]);
        }
        return new VariableProfile.LevelShares(level, perGroup);
    }

    /**
     * Cramér's V of a 2-by-k table with Bergsma's bias correction, so a variable with many thin values
     * (countries on a small base) does not look different between A and D by chance alone.
     */
    static double correctedCramersV(double chiSquare, long n, int k) {
        if (n < 2) {
            return 0;
        }
        double phi2 = Math.max(0, chiSquare / n - (k - 1.0) / (n - 1));
        double kc = k - (k - 1.0) * (k - 1.0) / (n - 1);
        double rc = 2 - 1.0 / (n - 1);
        double denominator = Math.min(kc - 1, rc - 1);
        return denominator <= 0 ? 0 : Math.sqrt(phi2 / denominator);
    }

    private static Contrast numericContrast(FitVariable variable, double[] values, int[] quartile) {
        int na = 0;
        int nd = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                na += quartile[i] == A ? 1 : 0;
                nd += quartile[i] == D ? 1 : 0;
            }
        }
        if (na < 2 || nd < 2) {
            return new Contrast(variable, Double.NaN, Double.NaN, "too few A or D customers with a value");
        }
        double[] av = new double[na];
        double[] dv = new double[nd];
        double[] x = new double[na + nd];
        double[] isA = new double[na + nd];
        int a = 0;
        int d = 0;
        boolean log = Variables.logScale(variable);
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i]) || (quartile[i] != A && quartile[i] != D)) {
                continue;
            }
            int k = a + d;
            x[k] = ValueColumn.transform(variable, log, values[i]);
            if (quartile[i] == A) {
                av[a++] = values[i];
                isA[k] = 1;
            } else {
                dv[d++] = values[i];
            }
        }
        boolean constant = StatUtils.variance(x) == 0;
        double effect = constant ? 0 : Math.abs(new PearsonsCorrelation().correlation(x, isA));
        // the test reads the same scale as the effect: employees and revenue on a log scale, so one giant cannot swamp it
        double[] at = new double[na];
        double[] dt = new double[nd];
        for (int k = 0, ia = 0, id = 0; k < x.length; k++) {
            if (isA[k] == 1) {
                at[ia++] = x[k];
            } else {
                dt[id++] = x[k];
            }
        }
        double p = constant || (StatUtils.variance(at) == 0 && StatUtils.variance(dt) == 0) ? Double.NaN : new TTest().tTest(at, dt);
        String summary = "median A " + Traits.value(variable, StatUtils.percentile(av, 50)) + " vs D "
                + Traits.value(variable, StatUtils.percentile(dv, 50));
        return new Contrast(variable, effect, p, summary);
    }

    private static Contrast categoricalContrast(FitVariable variable, String[] values, int[] quartile) {
        Map<String, long[]> counts = new HashMap<>();
        long na = 0;
        long nd = 0;
        for (int i = 0; i < values.length; i++) {
            if (quartile[i] != A && quartile[i] != D) {
                continue;
            }
            int side = quartile[i] == A ? 0 : 1;
            counts.computeIfAbsent(values[i] == null ? UNKNOWN : values[i], l -> new long[2])[side]++;
            na += 1 - side;
            nd += side;
        }
        List<String> levels = counts.keySet().stream().sorted().toList();
        if (levels.size() < 2 || na == 0 || nd == 0) {
            return new Contrast(variable, 0, Double.NaN, levels.size() < 2 ? "the same for A and D" : "too few A or D customers");
        }
        long[][] table = new long[2][levels.size()];
        String widest = levels.get(0);
        double widestGap = -1;
        for (int l = 0; l < levels.size(); l++) {
            long[] c = counts.get(levels.get(l));
            table[0][l] = c[0];
            table[1][l] = c[1];
            double gap = Math.abs((double) c[0] / na - (double) c[1] / nd);
            if (gap > widestGap) {
                widestGap = gap;
                widest = levels.get(l);
            }
        }
        ChiSquareTest chi = new ChiSquareTest();
        double effect = correctedCramersV(chi.chiSquare(table), na + nd, levels.size());
        double p = chi.chiSquareTest(table);
        long[] w = counts.get(widest);
        String summary = String.format(Locale.ROOT, "%s: A %s vs D %s", widest, Traits.percent((double) w[0] / na),
                Traits.percent((double) w[1] / nd));
        return new Contrast(variable, Math.min(1, effect), p, summary);
    }
}
