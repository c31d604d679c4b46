package dev.tiersync.domain.signals;

/**
 * What one signal found about an account.
 *
 * @param signal a short stable name, such as {@code stopped-buying}
 * @param points how much it weighs (churn signals: 1 to 3)
 * @param reason a few words a rep can act on, such as "no win for 211 days, usually every 90"
 */
public record Finding(String signal, int points, String reason) {
}
