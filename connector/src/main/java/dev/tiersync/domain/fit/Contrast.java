package dev.tiersync.domain.fit;

/**
 * How much one variable differs between the best quarter of customers (A) and the worst (D).
 *
 * @param effect the strength of the difference, 0–1: Cramér's V (bias-corrected) for a categorical variable, the point-biserial
 *     correlation (absolute) for a numeric one, so the two kinds rank on one scale
 * @param pValue the chi-square test's (categorical) or Welch t-test's (numeric; employees and revenue on a log scale) p-value;
 *     NaN when it cannot be computed
 * @param summary what differs, e.g. {@code Technology: A 58% vs D 12%} or {@code median A 1,800 vs D 150}
 */
public record Contrast(FitVariable variable, double effect, double pValue, String summary) implements java.io.Serializable {
}
