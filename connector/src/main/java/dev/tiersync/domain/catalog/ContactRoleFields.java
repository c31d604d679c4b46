package dev.tiersync.domain.catalog;

import static dev.tiersync.domain.fields.FieldRole.READ;
import static dev.tiersync.domain.fields.FieldRole.SYSTEM;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldType;
import java.time.Instant;

/** The OpportunityContactRole fields the buying committee needs: which contact took part in which deal. */
public final class ContactRoleFields {

    private static final FieldSet.Builder FIELDS = FieldSet.of("OpportunityContactRole");

    public static final Field<String> ID = FIELDS.add("ID", "Id", FieldType.id(), SYSTEM, null);
    public static final Field<String> OPPORTUNITY_ID = FIELDS.add("OPPORTUNITY_ID", "OpportunityId", FieldType.reference(), READ,
            "opportunity_id");
    public static final Field<String> CONTACT_ID = FIELDS.add("CONTACT_ID", "ContactId", FieldType.reference(), READ, "contact_id");
    public static final Field<Instant> SYSTEM_MODSTAMP = FIELDS.add("SYSTEM_MODSTAMP", "SystemModstamp", FieldType.dateTime(),
            SYSTEM, null);
    public static final Field<Boolean> IS_DELETED = FIELDS.add("IS_DELETED", "IsDeleted", FieldType.checkbox(), SYSTEM, null);

    public static final FieldSet ALL = FIELDS.build();

    private ContactRoleFields() {
    }
}
