package dev.tiersync.testdata;

import dev.tiersync.domain.Opportunity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds opportunities for tests: by default a won deal of 1,000 for no account. */
public final class OpportunityBuilder {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String id = "006TEST" + SEQUENCE.incrementAndGet();
    private String accountId;
    private double amount = 1000;
    private String stage = "Closed Won";
    private boolean closed = true;
    private boolean won = true;
    private LocalDate closeDate = LocalDate.of(2024, 6, 1);
    private Instant createdDate = Instant.parse("2020-01-01T00:00:00Z");

    public static OpportunityBuilder aWonDeal() {
        return new OpportunityBuilder();
    }

    public static OpportunityBuilder aLostDeal() {
        OpportunityBuilder builder = new OpportunityBuilder();
        builder.stage = "Closed Lost";
        builder.won = false;
        return builder;
    }

    public static OpportunityBuilder anOpenDeal() {
        OpportunityBuilder builder = new OpportunityBuilder();
        builder.stage = "Prospecting";
        builder.closed = false;
        builder.won = false;
        return builder;
    }

    public OpportunityBuilder forAccount(String accountId) {
        this.accountId = accountId;
        return this;
    }

    public OpportunityBuilder worth(String amount) {
        this.amount = Double.parseDouble(amount);
        return this;
    }

    public OpportunityBuilder closedOn(String isoDate) {
        this.closeDate = LocalDate.parse(isoDate);
        return this;
    }

    public OpportunityBuilder createdOn(String isoDate) {
        this.createdDate = LocalDate.parse(isoDate).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        return this;
    }

    public Opportunity build() {
        return new Opportunity(id, accountId, amount, stage, closed, won, closeDate, createdDate);
    }
}
