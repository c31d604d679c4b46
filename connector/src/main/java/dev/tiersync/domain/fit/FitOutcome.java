package dev.tiersync.domain.fit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one learning run gives: the report, and the model unless there is too little to learn from. */
public final class FitOutcome {

    private final FitReport report;
    private final FitModel model;
    private final String noFitReason;

    FitOutcome(FitReport report, FitModel model, String noFitReason) {
        this.report = Objects.requireNonNull(report, "report");
        this.model = model;
        this.noFitReason = noFitReason;
    }

    /** The model, or null without a fit: for {@link KeptFit}. */
    FitModel modelOrNull() {
        return model;
    }

    public FitReport report() {
        return report;
    }

    public Optional<FitModel> model() {
        return Optional.ofNullable(model);
    }

    /** Why no fit was written, in a few words for a reason text (e.g. {@code too few customers to learn from: 85, at least 200}). */
    public Optional<String> noFitReason() {
        return Optional.ofNullable(noFitReason);
    }

    /** Every account's fit, in input order: the model's scores, or Unknown with the reason when there is no fit. */
    public List<FitScore> scoreAll(List<FitAccount> accounts) {
        if (model != null) {
            return model.scoreAll(accounts);
        }
        return accounts.stream().map(a -> FitScore.unknown(a.id(), "no fit, " + noFitReason)).toList();
    }
}
