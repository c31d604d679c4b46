package dev.tiersync.domain.catalog;

import static dev.tiersync.domain.fields.FieldRole.READ;
import static dev.tiersync.domain.fields.FieldRole.SYSTEM;

import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldType;
import java.time.Instant;
import java.time.LocalDate;

/** Every Opportunity field TierSync reads, declared once. */
public final class OpportunityFields {

    private static final FieldSet.Builder FIELDS = FieldSet.of("Opportunity");

    public static final Field<String> ID = FIELDS.add("ID", "Id", FieldType.id(), SYSTEM, null);
    public static final Field<String> ACCOUNT_ID = FIELDS.add("ACCOUNT_ID", "AccountId", FieldType.reference(), READ,
            "account_id", "AccountId", null);
    public static final Field<Double> AMOUNT = FIELDS.add("AMOUNT", "Amount", FieldType.number(18, 2), READ, "amount",
            "Amount", null);
    public static final Field<String> STAGE_NAME = FIELDS.add("STAGE_NAME", "StageName", FieldType.textPicklist(), READ,
            "stage_name");
    public static final Field<Boolean> IS_CLOSED = FIELDS.add("IS_CLOSED", "IsClosed", FieldType.checkbox(), READ, "is_closed");
    public static final Field<Boolean> IS_WON = FIELDS.add("IS_WON", "IsWon", FieldType.checkbox(), READ, "is_won");
    public static final Field<LocalDate> CLOSE_DATE = FIELDS.add("CLOSE_DATE", "CloseDate", FieldType.date(), READ, "close_date");
    public static final Field<Instant> CREATED_DATE = FIELDS.add("CREATED_DATE", "CreatedDate", FieldType.dateTime(), READ,
            "created_date");
    public static final Field<Instant> SYSTEM_MODSTAMP = FIELDS.add("SYSTEM_MODSTAMP", "SystemModstamp", FieldType.dateTime(),
            SYSTEM, null);
    public static final Field<Boolean> IS_DELETED = FIELDS.add("IS_DELETED", "IsDeleted", FieldType.checkbox(), SYSTEM, null);

    public static final FieldSet ALL = FIELDS.build();

    private OpportunityFields() {
    }
}
