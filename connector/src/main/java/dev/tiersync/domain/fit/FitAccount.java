package dev.tiersync.domain.fit;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.firmographics.IndustryCatalog;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.TreeMap;

/**
 * One account as the fit sees it: its observable traits (what a prospect has too, never revenue
 * history) and, for an established customer, its quality score. Build one with {@link #of(Account, LocalDate)}
 * from what the segmentation engine already computed, or with {@link #builder(String)}.
 */
public final class FitAccount {

    private static final FitAttribute[] NO_ATTRIBUTES = {};

    private final String id;
    private final String name;
    private final String industry;
    private final SizeBand sizeBand;
    private final Integer employees;
    private final Double annualRevenue;
    private final Region region;
    private final String billingCountry;
    private final String type;
    private final String ownership;
    private final double ageYears;
    private final Hierarchy hierarchy;
    private final FitAttribute[] attributes;
    private final Standing standing;
    private final double quality;

    private FitAccount(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.industry = blankToNull(b.industry);
        this.sizeBand = b.sizeBand;
        this.employees = b.employees;
        this.annualRevenue = b.annualRevenue;
        this.region = b.region;
        this.billingCountry = blankToNull(b.billingCountry);
        this.type = blankToNull(b.type);
        this.ownership = blankToNull(b.ownership);
        this.ageYears = b.age();
        this.hierarchy = Hierarchy.of(b.parentId, b.hasSubsidiaries);
        this.attributes = b.attributes.isEmpty() ? NO_ATTRIBUTES : b.attributes.values().toArray(FitAttribute[]::new);
        this.standing = b.standing;
        this.quality = b.quality;
    }

    /** A view with only an id: a prospect with no known trait until the builder adds some. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A view of an account's own fields as of a date (employees, annual revenue, billing country, type,
     * parent, age from CreatedDate); add the engine's canonical industry, size band and region with
     * {@link Builder#firmographics}, and the standing with {@link Builder#customer}, {@link Builder#newCustomer}.
     */
    public static Builder of(Account account, LocalDate asOf) {
        return new Builder(account.id()).name(account.name()).asOf(asOf).employees(account.numberOfEmployees())
                .annualRevenue(account.annualRevenue()).billingCountry(account.billingCountry()).type(account.type())
                .parentId(account.parentId()).createdDate(account.createdDate());
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Standing standing() {
        return standing;
    }

    /** True for an established customer the fit learns from. */
    public boolean isCustomer() {
        return standing == Standing.CUSTOMER;
    }

    /** The quality score of an established customer; NaN for anyone else. */
    public double quality() {
        return quality;
    }

    public Hierarchy hierarchy() {
        return hierarchy;
    }

    /** The enrichment attributes, by name. */
    public List<FitAttribute> attributes() {
        return List.of(attributes);
    }

    private FitAttribute attribute(FitVariable variable) {
        if (!variable.isAttribute()) {
            return null;
        }
        String name = variable.attributeName();
        for (FitAttribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                return attribute;
            }
        }
        return null;
    }

    /** The value of a categorical variable, or null when unknown (blank, or the engine's {@code Unknown}). */
    public String category(FitVariable variable) {
        return switch (variable.key()) {
            case "industry" -> IndustryCatalog.UNKNOWN.equals(industry) ? null : industry;
            case "size-band" -> sizeBand == null || sizeBand == SizeBand.UNKNOWN ? null : sizeBand.picklistValue();
            case "region" -> region == null || region == Region.UNKNOWN ? null : region.picklistValue();
            case "billing-country" -> billingCountry;
            case "type" -> type;
            case "ownership" -> ownership;
            case "hierarchy" -> hierarchy.label();
            default -> {
                FitAttribute attribute = attribute(variable);
                yield attribute == null || attribute.kind() != FitVariable.Kind.CATEGORICAL ? null : blankToNull(attribute.category());
            }
        };
    }

    /** The value of a numeric variable, or NaN when unknown. */
    public double number(FitVariable variable) {
        return switch (variable.key()) {
            case "employees" -> employees == null || employees <= 0 ? Double.NaN : employees;
            case "annual-revenue" -> annualRevenue == null || annualRevenue <= 0 ? Double.NaN : annualRevenue;
            case "age-years" -> ageYears;
            default -> {
                FitAttribute attribute = attribute(variable);
                yield attribute == null || attribute.kind() != FitVariable.Kind.NUMERIC || Double.isInfinite(attribute.number())
                        ? Double.NaN : attribute.number();
            }
        };
    }

    /** True when the variable has a value for this account. */
    public boolean knows(FitVariable variable) {
        return variable.kind() == FitVariable.Kind.NUMERIC ? !Double.isNaN(number(variable)) : category(variable) != null;
    }

    @Override
    public String toString() {
        return "FitAccount[" + id + " " + standing + "]";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Builds a {@link FitAccount}; every trait is optional. */
    public static final class Builder {

        private final String id;
        private String name;
        private LocalDate asOf;
        private String industry;
        private SizeBand sizeBand;
        private Integer employees;
        private Double annualRevenue;
        private Region region;
        private String billingCountry;
        private String type;
        private String ownership;
        private Integer yearStarted;
        private Instant createdDate;
        private double ageYears = Double.NaN;
        private String parentId;
        private boolean hasSubsidiaries;
        private final Map<String, FitAttribute> attributes = new TreeMap<>();
        private Standing standing = Standing.PROSPECT;
        private double quality = Double.NaN;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = id;
        }

        public Builder name(String name) {
            this.name = name == null ? id : name;
            return this;
        }

        /** The date ages are counted to (needed for {@link #yearStarted} and {@link #createdDate}). */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /** The engine's canonical industry, size band and region. */
        public Builder firmographics(String industry, SizeBand sizeBand, Region region) {
            this.industry = industry;
            this.sizeBand = sizeBand;
            this.region = region;
            return this;
        }

        public Builder employees(Integer employees) {
            this.employees = employees;
            return this;
        }

        public Builder annualRevenue(BigDecimal annualRevenue) {
            this.annualRevenue = annualRevenue == null ? null : annualRevenue.doubleValue();
            return this;
        }

        public Builder billingCountry(String billingCountry) {
            this.billingCountry = billingCountry;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder ownership(String ownership) {
            this.ownership = ownership;
            return this;
        }

        /** The year the company started; the age counts from it rather than from CreatedDate. */
        public Builder yearStarted(Integer yearStarted) {
            this.yearStarted = yearStarted;
            return this;
        }

        public Builder createdDate(Instant createdDate) {
            this.createdDate = createdDate;
            return this;
        }

        /** An age in years given directly, overriding YearStarted and CreatedDate. */
        public Builder ageYears(double ageYears) {
            this.ageYears = ageYears;
            return this;
        }

        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        /** Whether some account names this one as its parent (see {@link Hierarchy#parentIdsOf}). */
        public Builder hasSubsidiaries(boolean hasSubsidiaries) {
            this.hasSubsidiaries = hasSubsidiaries;
            return this;
        }

        public Builder attribute(String name, String value) {
            FitAttribute attribute = FitAttribute.categorical(name, value);
            attributes.put(attribute.name(), attribute);
            return this;
        }

        public Builder attribute(String name, double value) {
            FitAttribute attribute = FitAttribute.numeric(name, value);
            attributes.put(attribute.name(), attribute);
            return this;
        }

        /** An established customer with its quality score (tier A to D). */
        public Builder customer(double quality) {
            if (!Double.isFinite(quality)) {
                throw new IllegalArgumentException("a customer's quality score must be a finite number, was " + quality
                        + " for account " + id);
            }
            this.standing = Standing.CUSTOMER;
            this.quality = quality;
            return this;
        }

        /** A customer whose first win is too recent to learn from (tier New). */
        public Builder newCustomer() {
            this.standing = Standing.NEW_CUSTOMER;
            this.quality = Double.NaN;
            return this;
        }

        public Builder prospect() {
            this.standing = Standing.PROSPECT;
            this.quality = Double.NaN;
            return this;
        }

        public FitAccount build() {
            return new FitAccount(this);
        }

        private double age() {
            if (!Double.isNaN(ageYears)) {
                return ageYears < 0 ? Double.NaN : ageYears;
            }
            if (asOf == null) {
                return Double.NaN;
            }
            if (yearStarted != null && yearStarted > 1600 && yearStarted <= asOf.getYear()) {
                return asOf.getYear() - yearStarted;
            }
            if (createdDate != null) {
                long days = ChronoUnit.DAYS.between(createdDate.atZone(ZoneOffset.UTC).toLocalDate(), asOf);
                return days < 0 ? Double.NaN : Math.floor(days / 365.25 * 10) / 10;
            }
            return Double.NaN;
        }
    }
}
