package dev.tiersync.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An Opportunity as TierSync reads it.
 *
 * @param accountId the account it belongs to, or null for an opportunity with no account
 * @param amount the amount in the org's currency; 0 when the org holds none
 */
public record Opportunity(
        String id,
        String accountId,
        double amount,
        String stageName,
        boolean closed,
        boolean won,
        LocalDate closeDate,
        Instant createdDate) {

    public Opportunity {
        Objects.requireNonNull(id, "id");
    }

    public boolean hasAccount() {
        return accountId != null && !accountId.isBlank();
    }

    /** True when this is a won deal closed within [from, to). */
    public boolean wonBetween(LocalDate from, LocalDate to) {
        return won && closeDate != null && !closeDate.isBefore(from) && closeDate.isBefore(to);
    }

    /** True when this is a won deal closed before the given date. */
    public boolean wonBefore(LocalDate date) {
        return won && closeDate != null && closeDate.isBefore(date);
    }

    /** The close date as a day number (days since 1970-01-01), or {@link Long#MIN_VALUE} when there is none. */
    public long closeEpochDay() {
        return closeDate == null ? Long.MIN_VALUE : closeDate.toEpochDay();
    }

    /** The creation day as a day number, or {@link Long#MIN_VALUE} when unknown. */
    public long createdEpochDay() {
        return createdDate == null ? Long.MIN_VALUE : Math.floorDiv(createdDate.getEpochSecond(), 86_400L);
    }
}
