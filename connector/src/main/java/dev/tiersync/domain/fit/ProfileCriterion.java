package dev.tiersync.domain.fit;

import java.util.List;

/**
 * One criterion of an admin-defined ideal customer profile, with its weight: a categorical variable
 * in a set of values ({@code industry in [Technology, Finance]}), or a numeric variable in a range
 * ({@code employees at-least 1000}). An account that matches scores the weight.
 *
 * @param variable a built-in variable's key ({@code industry}, {@code employees}, …) or {@code attribute.NAME}
 * @param in the values that match, for a categorical variable (compared ignoring case); empty for a numeric one
 * @param atLeast the lowest matching number, or null
 * @param below the number from which nothing matches any more, or null
 */
public record ProfileCriterion(String variable, List<String> in, Double atLeast, Double below, double weight) implements java.io.Serializable {

    public ProfileCriterion {
        in = in == null ? List.of() : List.copyOf(in);
        validate(FitConfig.KEY + "profile[]", variable, in, atLeast, below, weight);
    }

    /** The criterion at position {@code index} of {@code tiersync.segmentation.fit.profile}; errors name that position. */
    public static ProfileCriterion at(int index, String variable, List<String> in, Double atLeast, Double below, double weight) {
        validate(FitConfig.KEY + "profile[" + index + "]", variable, in == null ? List.of() : in, atLeast, below, weight);
        return new ProfileCriterion(variable, in, atLeast, below, weight);
    }

    public static ProfileCriterion in(String variable, double weight, String... values) {
        return new ProfileCriterion(variable, List.of(values), null, null, weight);
    }

    public static ProfileCriterion range(String variable, Double atLeast, Double below, double weight) {
        return new ProfileCriterion(variable, List.of(), atLeast, below, weight);
    }

    /** The variable this criterion reads. */
    public FitVariable fitVariable() {
        return FitVariable.builtIn(variable).orElseGet(() -> FitVariable.attribute(
                variable.substring(FitVariable.ATTRIBUTE_PREFIX.length()),
                in.isEmpty() ? FitVariable.Kind.NUMERIC : FitVariable.Kind.CATEGORICAL));
    }

    /** Whether the account matches; false when it lacks the variable. */
    public boolean matches(FitAccount account) {
        FitVariable v = fitVariable();
        if (v.kind() == FitVariable.Kind.CATEGORICAL) {
            String value = account.category(v);
            return value != null && in.stream().anyMatch(value::equalsIgnoreCase);
        }
        double value = account.number(v);
        return !Double.isNaN(value) && (atLeast == null || value >= atLeast) && (below == null || value < below);
    }

    private static void validate(String key, String variable, List<String> in, Double atLeast, Double below, double weight) {
        if (variable == null || variable.isBlank()) {
            throw new IllegalArgumentException(key + ".variable is required: one of " + builtInKeys() + " or attribute.NAME");
        }
        boolean attribute = variable.startsWith(FitVariable.ATTRIBUTE_PREFIX)
                && variable.length() > FitVariable.ATTRIBUTE_PREFIX.length();
        FitVariable builtIn = FitVariable.builtIn(variable).orElse(null);
        if (builtIn == null && !attribute) {
            throw new IllegalArgumentException(key + ".variable must be one of " + builtInKeys() + " or attribute.NAME; was '"
                    + variable + "'");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(key + ".weight must be a number above 0, was " + weight);
        }
        boolean range = atLeast != null || below != null;
        if (!in.isEmpty() && range) {
            throw new IllegalArgumentException(key + " must give either in (values) or at-least/below (a range), not both");
        }
        if (in.isEmpty() && !range) {
            throw new IllegalArgumentException(key + " must give in (values) or at-least/below (a range)");
        }
        if (builtIn != null && builtIn.kind() == FitVariable.Kind.NUMERIC && !in.isEmpty()) {
            throw new IllegalArgumentException(key + ": " + variable + " is a number; give at-least/below instead of in");
        }
        if (builtIn != null && builtIn.kind() == FitVariable.Kind.CATEGORICAL && range) {
            throw new IllegalArgumentException(key + ": " + variable + " takes named values; give in instead of at-least/below");
        }
        if (in.stream().anyMatch(value -> value == null || value.isBlank())) {
            throw new IllegalArgumentException(key + ".in must not hold a blank value");
        }
        if ((atLeast != null && !Double.isFinite(atLeast)) || (below != null && !Double.isFinite(below))) {
            throw new IllegalArgumentException(key + ".at-least and .below must be finite numbers");
        }
        if (atLeast != null && below != null && !(atLeast < below)) {
            throw new IllegalArgumentException(key + ".at-least (" + atLeast + ") must be below .below (" + below + ")");
        }
    }

    private static String builtInKeys() {
        return String.join(", ", FitVariable.BUILT_IN.stream().map(FitVariable::key).toList());
    }

    @Override
    public String toString() {
        String condition = in.isEmpty() ? (atLeast == null ? "" : "at least " + atLeast) + (atLeast != null && below != null ? " and " : "")
                + (below == null ? "" : "below " + below) : "in " + in;
        return variable + " " + condition + " (weight " + weight + ")";
    }
}
