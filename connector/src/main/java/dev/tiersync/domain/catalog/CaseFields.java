package dev.tiersync.domain.catalog;

import static dev.tiersync.domain.fields.FieldRole.READ;
import static dev.tiersync.domain.fields.FieldRole.SYSTEM;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldType;
import java.time.Instant;

/** The Case fields the cost to serve needs: whose case it is, how urgent, when it was opened. */
public final class CaseFields {

    private static final FieldSet.Builder FIELDS = FieldSet.of("Case");

    public static final Field<String> ID = FIELDS.add("ID", "Id", FieldType.id(), SYSTEM, null);
    public static final Field<String> ACCOUNT_ID = FIELDS.add("ACCOUNT_ID", "AccountId", FieldType.reference(), READ, "account_id");
    public static final Field<String> PRIORITY = FIELDS.add("PRIORITY", "Priority", FieldType.textPicklist(), READ, "priority");
    public static final Field<Instant> CREATED_DATE = FIELDS.add("CREATED_DATE", "CreatedDate", FieldType.dateTime(), READ,
            "created_date");
    public static final Field<Instant> SYSTEM_MODSTAMP = FIELDS.add("SYSTEM_MODSTAMP", "SystemModstamp", FieldType.dateTime(),
            SYSTEM, null);
    public static final Field<Boolean> IS_DELETED = FIELDS.add("IS_DELETED", "IsDeleted", FieldType.checkbox(), SYSTEM, null);

    public static final FieldSet ALL = FIELDS.build();

    private CaseFields() {
    }
}
