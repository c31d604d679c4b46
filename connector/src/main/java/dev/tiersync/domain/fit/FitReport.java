package dev.tiersync.domain.fit;

import dev.tiersync.domain.fit.internal.ReportText;
import java.util.List;
import java.util.Optional;

/**
 * What the fit learnt and why it was or was not written: the tier profile, every scheme with its
 * cross-validated lift chart, the chosen scheme (or none) and the decision in one sentence.
 *
 * @param profile the tier profile; empty with fewer than 8 customers
 * @param decision why the chosen scheme, or why no fit
 * @param notes what else a reader should know: sampling, variables that carry nothing
 */
public record FitReport(FitPopulation population, Optional<TierProfile> profile, List<SchemeEvaluation> schemes,
                        Optional<SchemeKind> chosen, String decision, List<String> notes) {

    public FitReport {
        schemes = List.copyOf(schemes);
        notes = List.copyOf(notes);
    }

    public boolean hasFit() {
        return chosen.isPresent();
    }

    public Optional<SchemeEvaluation> evaluation(SchemeKind kind) {
        return schemes.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** The chosen scheme's evaluation, when there is a fit. */
    public Optional<SchemeEvaluation> chosenEvaluation() {
        return chosen.flatMap(this::evaluation);
    }

    /** The report as text for the command line: decision, A-versus-D profile, top and bottom ten, schemes, the chosen one, its lift. */
    public List<String> lines() {
        return ReportText.lines(this);
    }
}
