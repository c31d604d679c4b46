package dev.tiersync.domain.profile;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.metrics.AccountMetrics;
import java.util.Objects;

/** One account as every rule sees it: its record, firmographics and metrics as of the assessment date. */
public record AccountProfile(Account account, String industry, SizeBand sizeBand, Region region, AccountMetrics metrics) {

    public AccountProfile {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sizeBand, "sizeBand");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(metrics, "metrics");
    }

    public String accountId() {
        return account.id();
    }
}
