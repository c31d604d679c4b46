package dev.tiersync.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An account with its opportunities: the input of every rule. */
public record AccountHistory(Account account, List<Opportunity> opportunities) {

    public AccountHistory {
        Objects.requireNonNull(account, "account");
        opportunities = List.copyOf(opportunities);
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
