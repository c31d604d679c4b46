package dev.tiersync.domain.fit.internal;

import dev.tiersync.domain.fit.FitAccount;
import dev.tiersync.domain.fit.FitAttribute;
import dev.tiersync.domain.fit.FitVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The variables a set of accounts has: the built-in ones, then every enrichment attribute by name. */
public final class Variables {

    private Variables() {
    }

    /**
     * Built-ins first, then attributes by name. An attribute's kind is the one most of its values have
     * (numeric on a tie); values of the other kind read as unknown.
     */
    public static List<FitVariable> of(List<FitAccount> accounts) {
        Map<String, int[]> kinds = new TreeMap<>();
        for (FitAccount account : accounts) {
            for (FitAttribute attribute : account.attributes()) {
                kinds.computeIfAbsent(attribute.name(), n -> new int[2])[attribute.kind().ordinal()]++;
            }
        }
        List<FitVariable> variables = new ArrayList<>(FitVariable.BUILT_IN);
        kinds.forEach((name, counts) -> variables.add(FitVariable.attribute(name,
                counts[FitVariable.Kind.CATEGORICAL.ordinal()] > counts[FitVariable.Kind.NUMERIC.ordinal()]
                        ? FitVariable.Kind.CATEGORICAL : FitVariable.Kind.NUMERIC)));
        return variables;
    }

    /** Employees and revenue span orders of magnitude: models read them on a log scale. */
    static boolean logScale(FitVariable variable) {
        return variable.equals(FitVariable.EMPLOYEES) || variable.equals(FitVariable.ANNUAL_REVENUE);
    }
}
