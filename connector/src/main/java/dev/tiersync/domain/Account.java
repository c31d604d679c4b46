package dev.tiersync.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An Account as TierSync reads it: the firmographics the rules use and the values TierSync owns.
 * Optional firmographics are null when the org holds no value.
 */
public record Account(
        String id,
        String name,
        String industry,
        BigDecimal annualRevenue,
        Integer numberOfEmployees,
        String billingCountry,
        String type,
        String parentId,
        Instant createdDate,
        TierSyncValues current) {

    public Account {
        Objects.requireNonNull(id, "id");
        current = current == null ? TierSyncValues.NONE : current;
    }
}
