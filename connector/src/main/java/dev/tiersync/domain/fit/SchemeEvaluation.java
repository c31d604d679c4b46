package dev.tiersync.domain.fit;

import java.util.List;

/**
 * How one scheme did, judged on customers it was not trained on.
 *
 * @param description the scheme as people read it (the tree as indented text, the regression's terms, the profile's criteria)
 * @param lift the lift chart of its out-of-fold scores (the admin's profile, learnt from nobody, is judged on every customer)
 * @param pValue the chance of a lift at least this good from a ranking with no information (one-sided Mann-Whitney test)
 * @param beatsDiagonal whether it clears the margin over the diagonal ({@code min-lift-area} and {@code significance})
 * @param verdict one line on why it was or was not usable
 */
public record SchemeEvaluation(SchemeKind kind, List<String> description, LiftChart lift, double pValue, boolean beatsDiagonal,
                               String verdict) implements java.io.Serializable {

    public SchemeEvaluation {
        description = List.copyOf(description);
    }

    public double captureAtQuarter() {
        return lift.captureAtQuarter();
    }

    public double areaOverDiagonal() {
        return lift.areaOverDiagonal();
    }
}
