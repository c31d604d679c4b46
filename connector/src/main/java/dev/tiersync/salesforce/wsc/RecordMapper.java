package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.sobject.SObject;
import dev.tiersync.domain.Account;
import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.OpportunityFields;
import dev.tiersync.domain.catalog.Records;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.NewRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;

/** Maps between Partner API sObjects and TierSync's records, field by field of the catalog. */
final class RecordMapper {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private RecordMapper() {
    }

    /** {@code SELECT <every field of the catalog> FROM <object>}. */
    static String selectAll(FieldSet fields) {
        return "SELECT " + fields.all().stream().map(Field::apiName).collect(Collectors.joining(", ")) + " FROM "
                + fields.object();
    }

    /** {@code SELECT <every field of the catalog>, <the fields beyond it> FROM <object>}. */
    static String selectAll(FieldSet fields, List<String> beyond) {
        return beyond.isEmpty() ? selectAll(fields) : "SELECT " + java.util.stream.Stream.concat(
                fields.all().stream().map(Field::apiName), beyond.stream()).collect(Collectors.joining(", ")) + " FROM " + fields.object();
    }

    /** The fields that are not in the catalog's set already (a field selected twice is a query error). */
    static List<String> beyondCatalog(FieldSet fields, List<String> named) {
        return named.stream().filter(name -> fields.all().stream().noneMatch(f -> f.apiName().equalsIgnoreCase(name))).toList();
    }

    static Account account(SObjectValues values) {
        return account(values, List.of());
    }

    /** The account with the values of the org's own fields named, as text. */
    static Account account(SObjectValues values, List<String> orgFields) {
        values.required(AccountFields.ID);
        Account account = Records.account(values.all(AccountFields.ALL));
        if (orgFields.isEmpty()) {
            return account;
        }
        java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
        for (String field : orgFields) {
            found.put(field, values.text(field));
        }
        return account.withOrgFields(dev.tiersync.domain.fields.OrgFieldValues.of(found));
    }

    static Opportunity opportunity(SObjectValues values) {
        values.required(OpportunityFields.ID);
        return Records.opportunity(values.all(OpportunityFields.ALL));
    }

    /** The changed fields and the update time; a changed field whose new value is null goes to fieldsToNull. */
    static SObject update(AccountUpdate update) {
        SObject record = new SObject(AccountFields.ALL.object());
        record.setId(update.accountId());
        List<String> toNull = new ArrayList<>();
        for (Field<?> field : update.changed()) {
            Object value = wireValue(field, update.values().getRaw(field));
            if (value == null) {
                toNull.add(field.apiName());
            } else {
                record.setField(field.apiName(), value);
            }
        }
        record.setField(AccountFields.SEGMENTS_UPDATED_AT.apiName(), calendar(update.updatedAt()));
        if (!toNull.isEmpty()) {
            record.setFieldsToNull(toNull.toArray(String[]::new));
        }
        return record;
    }

    /** A new record: every custom field of its object that holds a value. */
    static SObject create(NewRecord record) {
        SObject created = new SObject(record.object());
        for (Field<?> field : record.sent()) {
            created.setField(field.apiName(), wireValue(field, record.values().getRaw(field)));
        }
        return created;
    }

    /** A value as force-wsc sends it: the type's wire value, with instants as calendars. */
    private static <T> Object wireValue(Field<T> field, Object value) {
        Object wire = field.type().wireValue(field.type().cast(value));
        return wire instanceof Instant instant ? calendar(instant) : wire;
    }

    private static Calendar calendar(Instant instant) {
        Calendar at = Calendar.getInstance(UTC);
        at.setTime(Date.from(instant));
        return at;
    }
}
