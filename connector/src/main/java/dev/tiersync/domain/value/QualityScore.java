package dev.tiersync.domain.value;

import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.metrics.AccountMetrics;

/** An account's quality score in money, from the segmentation literature's definition. */
public final class QualityScore {

    private final ValueScoreConfig config;

    public QualityScore(ValueScoreConfig config) {
        this.config = config;
    }

    /** The score; 0 for an account that never won a deal. May be negative for a customer that costs more than it brings. */
    public double of(AccountProfile profile) {
        AccountMetrics m = profile.metrics();
        if (!m.isCustomer()) {
            return 0;
        }
        double acv = m.trailingWon();
        double score = acv - acv * config.costToServeRate() - config.costToServeFixed();
        if (m.trailingWon() > m.priorWon()) {
            score += config.growthBonus() * (m.trailingWon() - m.priorWon());
        } else if (m.trailingWon() < m.priorWon()) {
            score -= config.shrinkPenalty() * (m.priorWon() - m.trailingWon());
        }
        if (m.trailingWon() == 0 && m.priorWon() > 0) {
            score -= config.cancellationPenalty() * m.priorWon();
        }
        if (profile.sizeBand() == SizeBand.ENTERPRISE) {
            score += config.largeCustomerBonus() * acv;
        }
        return score;
    }
}
