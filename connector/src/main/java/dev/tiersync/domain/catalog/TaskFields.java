package dev.tiersync.domain.catalog;

import static dev.tiersync.domain.fields.FieldRole.READ;
import static dev.tiersync.domain.fields.FieldRole.SYSTEM;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldType;
import java.time.Instant;
import java.time.LocalDate;

/** The Task fields engagement needs: the account, the kind of activity (call, email) and its day. */
public final class TaskFields {

    private static final FieldSet.Builder FIELDS = FieldSet.of("Task");

    public static final Field<String> ID = FIELDS.add("ID", "Id", FieldType.id(), SYSTEM, null);
    public static final Field<String> ACCOUNT_ID = FIELDS.add("ACCOUNT_ID", "AccountId", FieldType.reference(), READ, "account_id");
    public static final Field<String> TYPE = FIELDS.add("TYPE", "Type", FieldType.textPicklist(), READ, "activity_type");
    public static final Field<String> TASK_SUBTYPE = FIELDS.add("TASK_SUBTYPE", "TaskSubtype", FieldType.textPicklist(), READ,
            "task_subtype");
    public static final Field<LocalDate> ACTIVITY_DATE = FIELDS.add("ACTIVITY_DATE", "ActivityDate", FieldType.date(), READ,
            "activity_date");
    public static final Field<Instant> CREATED_DATE = FIELDS.add("CREATED_DATE", "CreatedDate", FieldType.dateTime(), READ,
            "created_date");
    public static final Field<Instant> SYSTEM_MODSTAMP = FIELDS.add("SYSTEM_MODSTAMP", "SystemModstamp", FieldType.dateTime(),
            SYSTEM, null);
    public static final Field<Boolean> IS_DELETED = FIELDS.add("IS_DELETED", "IsDeleted", FieldType.checkbox(), SYSTEM, null);

    public static final FieldSet ALL = FIELDS.build();

    private TaskFields() {
    }
}
