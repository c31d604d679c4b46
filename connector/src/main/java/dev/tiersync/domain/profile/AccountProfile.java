package dev.tiersync.domain.profile;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.behaviour.BehaviourMetrics;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.metrics.AccountMetrics;
import java.util.Objects;

/**
 * One account as every rule sees it: its record, firmographics, metrics and relationship's metrics as of the assessment date, and
 * what enrichers found out about it from elsewhere ({@link Enrichment#NONE} when none ran or none knew it).
 */
public record AccountProfile(Account account, String industry, SizeBand sizeBand, Region region, AccountMetrics metrics,
                             Enrichment enrichment, BehaviourMetrics behaviour) {

    public AccountProfile {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sizeBand, "sizeBand");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(metrics, "metrics");
        enrichment = enrichment == null ? Enrichment.NONE : enrichment;
        behaviour = behaviour == null ? BehaviourMetrics.unknown(metrics.asOf()) : behaviour;
    }

    /** A profile without what the relationship says. */
    public AccountProfile(Account account, String industry, SizeBand sizeBand, Region region, AccountMetrics metrics,
                          Enrichment enrichment) {
        this(account, industry, sizeBand, region, metrics, enrichment, null);
    }

    /** A profile without enrichment. */
    public AccountProfile(Account account, String industry, SizeBand sizeBand, Region region, AccountMetrics metrics) {
        this(account, industry, sizeBand, region, metrics, Enrichment.NONE, null);
    }

    public String accountId() {
        return account.id();
    }

    /** This profile with what enrichers found; everything else stays. */
    public AccountProfile withEnrichment(Enrichment found) {
        return new AccountProfile(account, industry, sizeBand, region, metrics, found, behaviour);
    }
}
