package dev.tiersync.plugin.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who an account is: its name and the firmographics TierSync derived from its record. Industry, size band
 * and region are the values TierSync writes to Salesforce and the segment rules use, such as
 * {@code Technology}, {@code Enterprise} and {@code EMEA}; each is {@code Unknown} when the record does not
 * tell. Immutable; build one with {@link #builder()}.
 */
public final class Firmographics {

    /** The industry, size band or region of an account whose record does not tell. */
    public static final String UNKNOWN = "Unknown";

    private final String name;
    private final String industry;
    private final String sizeBand;
    private final String region;
    private final String billingCountry;
    private final BigDecimal annualRevenue;
    private final Integer employees;
    private final String type;
    private final String website;
    private final String parentId;

    private Firmographics(Builder b) {
        this.name = b.name;
        this.industry = b.industry;
        this.sizeBand = b.sizeBand;
        this.region = b.region;
        this.billingCountry = b.billingCountry;
        this.annualRevenue = b.annualRevenue;
        this.employees = b.employees;
        this.type = b.type;
        this.website = b.website;
        this.parentId = b.parentId;
    }

    /** @return a builder whose industry, size band and region are {@value #UNKNOWN} and everything else empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the account's name */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the canonical industry, such as {@code Technology}, or {@value #UNKNOWN} */
    public String industry() {
        return industry;
    }

    /** @return the size band, {@code Small}, {@code Mid-Market}, {@code Enterprise} or {@value #UNKNOWN} */
    public String sizeBand() {
        return sizeBand;
    }

    /** @return the sales region, such as {@code North America} or {@code EMEA}, or {@value #UNKNOWN} */
    public String region() {
        return region;
    }

    /** @return the billing country as the org holds it */
    public Optional<String> billingCountry() {
        return Optional.ofNullable(billingCountry);
    }

    /** @return the annual revenue, in the org's currency */
    public Optional<BigDecimal> annualRevenue() {
        return Optional.ofNullable(annualRevenue);
    }

    /** @return the number of employees */
    public OptionalInt employees() {
        return employees == null ? OptionalInt.empty() : OptionalInt.of(employees);
    }

    /** @return the account's type as the org holds it, such as {@code Customer} */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** @return the account's website as the org holds it, such as {@code https://www.example.com} */
    public Optional<String> website() {
        return Optional.ofNullable(website);
    }

    /** @return the Id of the parent account */
    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Firmographics f && Objects.equals(f.name, name) && f.industry.equals(industry)
                && f.sizeBand.equals(sizeBand) && f.region.equals(region) && Objects.equals(f.billingCountry, billingCountry)
                && Objects.equals(f.annualRevenue, annualRevenue) && Objects.equals(f.employees, employees)
                && Objects.equals(f.type, type) && Objects.equals(f.website, website) && Objects.equals(f.parentId, parentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, industry, sizeBand, region, billingCountry, annualRevenue, employees, type, website, parentId);
    }

    @Override
    public String toString() {
        return "Firmographics[" + name + ", " + industry + ", " + sizeBand + ", " + region + "]";
    }

    /** Builds {@link Firmographics}. Not thread-safe. */
    public static final class Builder {

        private String name;
        private String industry = UNKNOWN;
        private String sizeBand = UNKNOWN;
        private String region = UNKNOWN;
        private String billingCountry;
        private BigDecimal annualRevenue;
        private Integer employees;
        private String type;
        private String website;
        private String parentId;

        private Builder() {
        }

        /**
         * @param name the account's name, or null
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param industry the canonical industry; null for {@value Firmographics#UNKNOWN}
         * @return this builder
         */
        public Builder industry(String industry) {
            this.industry = industry == null ? UNKNOWN : industry;
            return this;
        }

        /**
         * @param sizeBand the size band; null for {@value Firmographics#UNKNOWN}
         * @return this builder
         */
        public Builder sizeBand(String sizeBand) {
            this.sizeBand = sizeBand == null ? UNKNOWN : sizeBand;
            return this;
        }

        /**
         * @param region the sales region; null for {@value Firmographics#UNKNOWN}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region == null ? UNKNOWN : region;
            return this;
        }

        /**
         * @param billingCountry the billing country, or null
         * @return this builder
         */
        public Builder billingCountry(String billingCountry) {
            this.billingCountry = billingCountry;
            return this;
        }

        /**
         * @param annualRevenue the annual revenue, or null
         * @return this builder
         */
        public Builder annualRevenue(BigDecimal annualRevenue) {
            this.annualRevenue = annualRevenue;
            return this;
        }

        /**
         * @param employees the number of employees, or null
         * @return this builder
         */
        public Builder employees(Integer employees) {
            this.employees = employees;
            return this;
        }

        /**
         * @param type the account's type, or null
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * @param website the account's website, or null
         * @return this builder
         */
        public Builder website(String website) {
            this.website = website;
            return this;
        }

        /**
         * @param parentId the Id of the parent account, or null
         * @return this builder
         */
        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        /** @return the firmographics */
        public Firmographics build() {
            return new Firmographics(this);
        }
    }
}
