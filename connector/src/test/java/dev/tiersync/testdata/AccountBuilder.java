package dev.tiersync.testdata;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.fields.FieldValues;
import java.math.BigDecimal;
import java.time.Instant;

/** Builds accounts for tests: plain defaults, change only what the test is about. */
public final class AccountBuilder {

    private String id;
    private String name;
    private String industry = "Technology";
    private BigDecimal annualRevenue = new BigDecimal("5000000");
    private Integer employees = 120;
    private String country = "United States";
    private String type = "Customer";
    private Instant createdDate = Instant.parse("2015-01-01T00:00:00Z");
    private Tier currentTier;
    private Instant segmentsUpdatedAt;

    private AccountBuilder(String id) {
        this.id = id;
        this.name = "Account " + id;
    }

    public static AccountBuilder anAccount(String id) {
        return new AccountBuilder(id);
    }

    public AccountBuilder named(String name) {
        this.name = name;
        return this;
    }

    public AccountBuilder withCurrentTier(Tier tier) {
        this.currentTier = tier;
        return this;
    }

    public AccountBuilder segmentsUpdatedAt(Instant at) {
        this.segmentsUpdatedAt = at;
        return this;
    }

    public AccountBuilder withEmployees(Integer employees) {
        this.employees = employees;
        return this;
    }

    public Account build() {
        return new Account(id, name, industry, annualRevenue, employees, country, type, null, createdDate,
                FieldValues.NONE.with(AccountFields.TIER, currentTier).with(AccountFields.SEGMENTS_UPDATED_AT, segmentsUpdatedAt));
    }
}
