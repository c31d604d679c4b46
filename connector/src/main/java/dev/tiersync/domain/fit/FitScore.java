package dev.tiersync.domain.fit;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * An account's fit: the score written to {@code Fit_Score__c} (0–100, one decimal: the percentile
 * among the customers the model learnt from that the account's estimate ranks at, so 75 and up is
 * the top quartile's territory), the tier written to {@code Fit_Tier__c}, and the reason, e.g.
 * {@code Fit Strong (86/100): Technology, 1,000+ employees, North America; 58% of such customers are tier A.}
 * The reason is written on first use, so scoring a million accounts builds no text nobody reads.
 */
public final class FitScore {

    private final String accountId;
    private final double score;
    private final FitTier tier;
    private final Supplier<String> reasonWriter;
    private volatile String reason;

    FitScore(String accountId, double score, FitTier tier, Supplier<String> reasonWriter) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.score = score;
        this.tier = Objects.requireNonNull(tier, "tier");
        this.reasonWriter = reasonWriter;
    }

    static FitScore unknown(String accountId, String why) {
        return new FitScore(accountId, Double.NaN, FitTier.UNKNOWN, () -> "Fit Unknown: " + why + ".");
    }

    public String accountId() {
        return accountId;
    }

    /** The fit score, 0–100 with one decimal; empty when the tier is Unknown (the field is then cleared). */
    public OptionalDouble score() {
        return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    public FitTier tier() {
        return tier;
    }

    /** One sentence for the reasons text. */
    public String reason() {
        String text = reason;
        if (text == null) {
            text = reasonWriter.get();
            reason = text;
        }
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FitScore other && other.accountId.equals(accountId) && Double.compare(other.score, score) == 0
                && other.tier == tier && other.reason().equals(reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, score, tier);
    }

    @Override
    public String toString() {
        return accountId + " " + reason();
    }
}
