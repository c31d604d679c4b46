package dev.tiersync.domain.signals;

import java.util.List;

/** An account's churn risk and upsell flag, with the findings behind them. */
public record Signals(ChurnRisk churnRisk, List<Finding> churnFindings, boolean upsellCandidate, List<Finding> upsellFindings) {

    public static final Signals NONE = new Signals(ChurnRisk.NONE, List.of(), false, List.of());

    public Signals {
        churnFindings = List.copyOf(churnFindings);
        upsellFindings = List.copyOf(upsellFindings);
    }
}
