package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitVariable;
import dev.tiersync.domain.fit.SchemeKind;
import java.util.Collections;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/** A fitted regression: value = intercept + the sum of each kept term's coefficient times its column. */
final class LinearScheme implements Scheme {

    /** A variable must move an account's value by at least this many points to be named in its reason. */
    private static final double MIN_CONTRIBUTION = 0.5;

    /** One kept column with its coefficient, p-value and training mean (for each account's contributions). */
    record Term(Column column, double coefficient, double pValue, double mean) implements java.io.Serializable {
    }

    private final double intercept;
    private final List<Term> terms;
    private final List<String> dropped;
    private final double rSquared;
    private final int customers;
    private final Set<FitVariable> variables = new LinkedHashSet<>();
    private final List<FitVariable> variableList;
    private final int[] termVariable;

    LinearScheme(double intercept, List<Term> terms, List<String> dropped, double rSquared, int customers) {
        this.intercept = intercept;
        this.terms = List.copyOf(terms);
        this.dropped = List.copyOf(dropped);
        this.rSquared = rSquared;
        this.customers = customers;
        terms.forEach(t -> variables.add(t.column().variable()));
        this.variableList = List.copyOf(variables);
        this.termVariable = terms.stream().mapToInt(t -> variableList.indexOf(t.column().variable())).toArray();
    }

    @Override
    public SchemeKind kind() {
        return SchemeKind.REGRESSION;
    }

    @Override
    public double raw(FitAccount account) {
        double value = intercept;
        for (Term term : terms) {
            value += term.coefficient * term.column.valueOf(account);
        }
        return value;
    }

    @Override
    public boolean knowsAnything(FitAccount account) {
        return variables.isEmpty() || variables.stream().anyMatch(account::knows);
    }

    @Override
    public Collection<FitVariable> variables() {
        return Collections.unmodifiableSet(variables);
    }

    @Override
    public List<String> traits(FitAccount account, boolean favourable) {
        double[] contribution = new double[variableList.size()];
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            contribution[termVariable[t]] += term.coefficient * (term.column.valueOf(account) - term.mean);
        }
        double sign = favourable ? 1 : -1;
        List<String> traits = new ArrayList<>(3);
        boolean[] used = new boolean[contribution.length];
        for (int pick = 0; pick < 3; pick++) {
            int best = -1;
            for (int v = 0; v < contribution.length; v++) {
                if (!used[v] && sign * contribution[v] > MIN_CONTRIBUTION && (best < 0 || sign * contribution[v] > sign * contribution[best])) {
                    best = v;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            traits.add(Traits.of(account, variableList.get(best)));
        }
        return traits;
    }

    @Override
    public OptionalDouble topShareOfGroup(FitAccount account) {
        return OptionalDouble.empty();
    }

    @Override
    public List<String> describe(Calibration calibration) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "value = %.1f%s  (R² %.2f on %,d customers)", intercept, terms.isEmpty() ? "" : " + …",
                rSquared, customers));
        terms.stream().sorted(Comparator.comparingDouble((Term t) -> -Math.abs(t.coefficient))).forEach(t -> lines.add(
                String.format(Locale.ROOT, "  %+.2f × %s  (p %s)", t.coefficient, t.column.label(), pValue(t.pValue))));
        if (!dropped.isEmpty()) {
            lines.add("  dropped: " + String.join("; ", dropped));
        }
        return lines;
    }

    static String pValue(double p) {
        return Double.isNaN(p) ? "n/a" : p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
