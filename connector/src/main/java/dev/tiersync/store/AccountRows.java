package dev.tiersync.store;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.Records;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldRole;
import dev.tiersync.salesforce.AccountUpdate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Accounts in {@code ts_account} ({@link #TABLE}), and the checkpoint of what a run wrote to them. */
final class AccountRows {

    /** The accounts' table. */
    static final RecordTable<Account> TABLE = new RecordTable<>("ts_account", AccountFields.ALL, AccountFields.ID,
            Records::values, Records::account, new OrgFieldColumn());
    private static final List<Field<?>> COMPUTED = AccountFields.ALL.withRole(FieldRole.COMPUTED);

    private AccountRows() {
    }

    /**
     * Sets the written fields of each account to the values written, leaving the others as stored: one
     * column per computed field, each set only when the update changed it, and the update time.
     */
    static void recordWritten(Connection connection, String org, List<AccountUpdate> written) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE ts_account SET ");
        for (Field<?> field : COMPUTED) {
            String column = field.column().orElseThrow();
            sql.append(column).append(" = CASE WHEN ? THEN ? ELSE ").append(column).append(" END, ");
        }
        sql.append(AccountFields.SEGMENTS_UPDATED_AT.column().orElseThrow()).append(" = ? WHERE org_id = ? AND id = ?");
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            for (AccountUpdate row : written) {
                int i = 1;
                for (Field<?> field : COMPUTED) {
                    update.setBoolean(i++, row.changed().contains(field));
                    Columns.set(update, i++, field, row.values().getRaw(field));
                }
                Columns.setInstant(update, i++, row.updatedAt());
                update.setString(i++, org);
                update.setString(i, row.accountId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
