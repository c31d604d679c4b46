package dev.tiersync.salesforce;

import dev.tiersync.domain.Tier;
import java.time.Instant;
import java.util.Objects;

/** New TierSync values for one Account. */
public record AccountUpdate(String accountId, Tier tier, Instant segmentsUpdatedAt) {

    public AccountUpdate {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(segmentsUpdatedAt, "segmentsUpdatedAt");
    }
}
