package dev.tiersync.domain.fit;

import dev.tiersync.domain.fit.internal.Calibration;
import dev.tiersync.domain.fit.internal.Scheme;
import dev.tiersync.domain.fit.internal.Traits;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** The chosen scheme, ready to score any account, customer or prospect. Immutable and thread-safe. */
public final class FitModel {

    private final Scheme scheme;
    private final Calibration calibration;
    private final FitConfig config;

    FitModel(Scheme scheme, Calibration calibration, FitConfig config) {
        this.scheme = scheme;
        this.calibration = calibration;
        this.config = config;
    }

    Scheme scheme() {
        return scheme;
    }

    Calibration calibration() {
        return calibration;
    }

    public SchemeKind kind() {
        return scheme.kind();
    }

    /** The scheme as people read it: the tree as indented text, the regression's terms, or the profile's criteria. */
    public List<String> describe() {
        return scheme.describe(calibration);
    }

    /** The labels of the variables the scheme reads. */
    public List<String> reads() {
        return scheme.reads();
    }

    public FitScore score(FitAccount account) {
        if (!scheme.knowsAnything(account)) {
            return FitScore.unknown(account.id(), "none of the traits the fit reads is known (" + String.join(", ", scheme.reads()) + ")");
        }
        double fit = calibration.fitScore(scheme.raw(account));
        FitTier tier = config.tierOf(fit);
        return new FitScore(account.id(), fit, tier, () -> reason(account, fit, tier));
    }

    /** One score per account, in input order; accounts are scored in parallel, the result does not depend on it. */
    public List<FitScore> scoreAll(List<FitAccount> accounts) {
        FitScore[] scores = new FitScore[accounts.size()];
        IntStream.range(0, scores.length).parallel().forEach(i -> scores[i] = score(accounts.get(i)));
        return Arrays.asList(scores);
    }

    private String reason(FitAccount account, double fit, FitTier tier) {
        List<String> traits = scheme.traits(account, tier != FitTier.WEAK);
        double share = scheme.topShareOfGroup(account).orElse(calibration.topShareNear(fit));
        StringBuilder text = new StringBuilder(96).append("Fit ").append(tier.picklistValue()).append(" (")
                .append(Math.round(fit)).append("/100): ")
                .append(traits.isEmpty() ? "no trait sets it apart" : String.join(", ", traits));
        if (!Double.isNaN(share)) {
            text.append("; ").append(Traits.percent(share)).append(" of such customers are tier A");
        }
        return text.append('.').toString();
    }
}
