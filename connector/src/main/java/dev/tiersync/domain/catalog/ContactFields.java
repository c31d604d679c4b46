package dev.tiersync.domain.catalog;

import static dev.tiersync.domain.fields.FieldRole.READ;
import static dev.tiersync.domain.fields.FieldRole.SYSTEM;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldType;
import java.time.Instant;

/** The Contact fields the buying committee needs: whose contact it is and since when. */
public final class ContactFields {

    private static final FieldSet.Builder FIELDS = FieldSet.of("Contact");

    public static final Field<String> ID = FIELDS.add("ID", "Id", FieldType.id(), SYSTEM, null);
    public static final Field<String> ACCOUNT_ID = FIELDS.add("ACCOUNT_ID", "AccountId", FieldType.reference(), READ, "account_id");
    public static final Field<Instant> CREATED_DATE = FIELDS.add("CREATED_DATE", "CreatedDate", FieldType.dateTime(), READ,
            "created_date");
    public static final Field<Instant> SYSTEM_MODSTAMP = FIELDS.add("SYSTEM_MODSTAMP", "SystemModstamp", FieldType.dateTime(),
            SYSTEM, null);
    public static final Field<Boolean> IS_DELETED = FIELDS.add("IS_DELETED", "IsDeleted", FieldType.checkbox(), SYSTEM, null);

    public static final FieldSet ALL = FIELDS.build();

    private ContactFields() {
    }
}
