package dev.tiersync.domain;

import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.domain.fields.OrgFieldValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An Account as TierSync reads it: the firmographics the rules use, the values TierSync owns on it (the
 * catalog's written fields, as the org holds them), and a rep's pin. Optional firmographics are null
 * when the org holds no value.
 *
 * @param website the account's website as the org holds it, such as {@code https://www.example.com}; plugins
 *     match outside data by its domain
 * @param orgFields the org's own fields the rules name ({@code org-fields}), as the account holds them
 */
public record Account(
        String id,
        String name,
        String industry,
        BigDecimal annualRevenue,
        Integer numberOfEmployees,
        String billingCountry,
        String type,
        String website,
        String parentId,
        Instant createdDate,
        FieldValues current,
        Pin pin,
        OrgFieldValues orgFields) {

    public Account {
        Objects.requireNonNull(id, "id");
        current = current == null ? FieldValues.NONE : current;
        pin = pin == null ? Pin.NONE : pin;
        orgFields = orgFields == null ? OrgFieldValues.NONE : orgFields;
    }

    /** An account whose rules name none of the org's own fields. */
    public Account(String id, String name, String industry, BigDecimal annualRevenue, Integer numberOfEmployees,
                   String billingCountry, String type, String website, String parentId, Instant createdDate, FieldValues current,
                   Pin pin) {
        this(id, name, industry, annualRevenue, numberOfEmployees, billingCountry, type, website, parentId, createdDate, current,
                pin, OrgFieldValues.NONE);
    }

    /** An account without a website. */
    public Account(String id, String name, String industry, BigDecimal annualRevenue, Integer numberOfEmployees,
                   String billingCountry, String type, String parentId, Instant createdDate, FieldValues current, Pin pin) {
        this(id, name, industry, annualRevenue, numberOfEmployees, billingCountry, type, null, parentId, createdDate, current, pin);
    }

    /** An account without a website or a pin. */
    public Account(String id, String name, String industry, BigDecimal annualRevenue, Integer numberOfEmployees,
                   String billingCountry, String type, String parentId, Instant createdDate, FieldValues current) {
        this(id, name, industry, annualRevenue, numberOfEmployees, billingCountry, type, null, parentId, createdDate, current,
                Pin.NONE);
    }

    /** This account holding other TierSync values; everything else, the pin included, stays. */
    public Account withCurrent(FieldValues values) {
        return new Account(id, name, industry, annualRevenue, numberOfEmployees, billingCountry, type, website, parentId,
                createdDate, values, pin, orgFields);
    }

    /** This account holding these values of the org's own fields; everything else stays. */
    public Account withOrgFields(OrgFieldValues values) {
        return new Account(id, name, industry, annualRevenue, numberOfEmployees, billingCountry, type, website, parentId,
                createdDate, current, pin, values);
    }
}
