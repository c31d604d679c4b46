package dev.tiersync.domain.value;

import dev.tiersync.domain.behaviour.BehaviourMetrics;
import dev.tiersync.domain.behaviour.CostToServeConfig;
import dev.tiersync.domain.profile.AccountProfile;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.metrics.AccountMetrics;

/**
 * An account's quality score in money, from the segmentation literature's definition. The cost to serve is
 * the cost of the account's cases over the trailing year when the org records cases ({@link CostToServeConfig}),
 * else the flat share of annual contract value and the fixed cost.
 */
public final class QualityScore {

    private final ValueScoreConfig config;
    private final CostToServeConfig cases;

    public QualityScore(ValueScoreConfig config) {
        this(config, CostToServeConfig.defaults());
    }

    public QualityScore(ValueScoreConfig config, CostToServeConfig cases) {
        this.config = config;
        this.cases = cases;
    }

    /** The cost to serve: from the last year's cases when the org records them and the rules price them, else the flat rate. */
    public double costToServe(AccountProfile profile) {
        BehaviourMetrics behaviour = profile.behaviour();
        if (cases.enabled() && behaviour.casesKnown()) {
            return cases.costOf(behaviour.casesByPriority());
        }
        return profile.metrics().trailingWon() * config.costToServeRate() + config.costToServeFixed();
    }

    /** The score; 0 for an account that never won a deal. May be negative for a customer that costs more than it brings. */
    public double of(AccountProfile profile) {
        AccountMetrics m = profile.metrics();
        if (!m.isCustomer()) {
            return 0;
        }
        double acv = m.trailingWon();
        double score = acv - costToServe(profile);
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
