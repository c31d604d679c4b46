package dev.tiersync.domain.fit;

import dev.tiersync.domain.fit.internal.Calibration;
import dev.tiersync.domain.fit.internal.Scheme;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fit learnt on one run, kept so that later runs score every account by the same model: learnt again, on a
 * little changed data, a model moves nearly every account's fit score, which is noise, not news. Holds the
 * report, the chosen scheme and its calibration (or why there was no fit), the key of the rules it was learnt
 * by and the day it was learnt as of. Serializable, for the snapshot store to keep between runs (no class here
 * declares a serial version, so a kept fit of another TierSync build does not read and is learnt again); the domain
 * itself does no I/O with it.
 */
public final class KeptFit implements Serializable {

    private final String rules;
    private final LocalDate learntAsOf;
    private final FitPopulation population;
    private final TierProfile profile;
    private final ArrayList<SchemeEvaluation> schemes;
    private final SchemeKind chosen;
    private final String decision;
    private final ArrayList<String> notes;
    private final Scheme scheme;
    private final Calibration calibration;
    private final String noFitReason;

    private KeptFit(String rules, LocalDate learntAsOf, FitOutcome outcome) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.learntAsOf = Objects.requireNonNull(learntAsOf, "learntAsOf");
        FitReport report = outcome.report();
        this.population = report.population();
        this.profile = report.profile().orElse(null);
        this.schemes = new ArrayList<>(report.schemes());
        this.chosen = report.chosen().orElse(null);
        this.decision = report.decision();
        this.notes = new ArrayList<>(report.notes());
        FitModel model = outcome.modelOrNull();
        this.scheme = model == null ? null : model.scheme();
        this.calibration = model == null ? null : model.calibration();
        this.noFitReason = outcome.noFitReason().orElse(null);
    }

    /**
     * Keeps what a run learnt.
     *
     * @param rules the key of the rules the fit was learnt by ({@code Segmenter.fitRulesKey()})
     * @param learntAsOf the day the fit was learnt as of
     */
    public static KeptFit of(String rules, LocalDate learntAsOf, FitOutcome outcome) {
        return new KeptFit(rules, learntAsOf, outcome);
    }

    /** Whether the fit was learnt by these rules: under any others it must be learnt again. */
    public boolean learntBy(String rules) {
        return this.rules.equals(rules);
    }

    public LocalDate learntAsOf() {
        return learntAsOf;
    }

    /** The kept fit as an outcome that scores with the config's tiers, its report noting where it comes from. */
    public FitOutcome outcome(FitConfig config) {
        List<String> kept = new ArrayList<>(notes);
        kept.add("learnt as of " + learntAsOf + " and kept: the fit is learnt again on a full pull or when its rules change");
        FitReport report = new FitReport(population, Optional.ofNullable(profile), schemes, Optional.ofNullable(chosen), decision,
                kept);
        FitModel model = scheme == null ? null : new FitModel(scheme, calibration, config);
        return new FitOutcome(report, model, model == null ? noFitReason : null);
    }
}
