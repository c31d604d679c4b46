package dev.tiersync.domain;

import dev.tiersync.domain.behaviour.Relationship;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An account with its opportunities and what else the org records of the relationship: the input of every rule.
 *
 * @param relationship its cases, activities, contacts and deal contacts; {@link Relationship#UNKNOWN} when not read
 */
public record AccountHistory(Account account, List<Opportunity> opportunities, Relationship relationship) {

    public AccountHistory {
        Objects.requireNonNull(account, "account");
        opportunities = List.copyOf(opportunities);
        relationship = relationship == null ? Relationship.UNKNOWN : relationship;
    }

    /** An account with its opportunities alone. */
    public AccountHistory(Account account, List<Opportunity> opportunities) {
        this(account, opportunities, Relationship.UNKNOWN);
    }

    public String accountId() {
        return account.id();
    }

    /** Won revenue of deals closed in [from, to). */
    public double wonRevenueBetween(LocalDate from, LocalDate to) {
        double sum = 0;
        for (Opportunity o : opportunities) {
            if (o.wonBetween(from, to)) {
                sum += o.amount();
            }
        }
        return sum;
    }

    /** True when the account won at least one deal before the given date. */
    public boolean hasWonBefore(LocalDate date) {
        return opportunities.stream().anyMatch(o -> o.wonBefore(date));
    }
}
