package dev.tiersync.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An Opportunity as TierSync reads it.
 *
 * @param accountId the account it belongs to, or null for an opportunity with no account
 * @param amount the amount, or null when the org holds none
 */
public record Opportunity(
        String id,
        String accountId,
        BigDecimal amount,
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

    public BigDecimal amountOrZero() {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
