package dev.tiersync.domain.fit;

/**
 * A customer in the top or bottom ten by quality score.
 *
 * @param percentile the quality score's percentile among established customers, 0–100
 * @param group the quartile (A–D) or decile (1–10) it falls in
 * @param traits its main traits, as the tier profile lists them
 */
public record RankedCustomer(String accountId, String name, double quality, double percentile, String group, String traits) implements java.io.Serializable {
}
