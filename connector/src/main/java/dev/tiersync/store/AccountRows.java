package dev.tiersync.store;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.Records;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldRole;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.Pulled;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** Accounts in {@code ts_account}: one column per catalog field the snapshot keeps (see {@link AccountFields}). */
final class AccountRows {

    static final int FETCH_SIZE = 5000;
    private static final Columns COLUMNS = Columns.of(AccountFields.ALL);
    private static final List<Field<?>> COMPUTED = AccountFields.ALL.withRole(FieldRole.COMPUTED);

    private AccountRows() {
    }

    static void put(Connection connection, String org, long generation, List<Pulled<Account>> page) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ts_account WHERE org_id = ? AND id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO ts_account (org_id, id, generation, "
                     + "system_modstamp, " + COLUMNS.names() + ") VALUES (?, ?, ?, ?" + COLUMNS.placeholders() + ")")) {
            boolean inserts = false;
            for (Pulled<Account> pulled : page) {
                delete.setString(1, org);
                delete.setString(2, pulled.id());
                delete.addBatch();
                if (!pulled.deleted()) {
                    insert.setString(1, org);
                    insert.setString(2, pulled.id());
                    insert.setLong(3, generation);
                    Columns.setInstant(insert, 4, pulled.systemModstamp());
                    COLUMNS.bind(insert, 5, Records.values(pulled.record()));
                    insert.addBatch();
                    inserts = true;
                }
            }
            delete.executeBatch();
            if (inserts) {
                insert.executeBatch();
            }
        }
    }

    static void forEach(Connection connection, String org, Consumer<Account> sink) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + COLUMNS.names()
                + " FROM ts_account WHERE org_id = ? ORDER BY id")) {
            select.setFetchSize(FETCH_SIZE);
            select.setString(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    FieldValues.Builder values = FieldValues.builder().set(AccountFields.ID, rows.getString(1));
                    COLUMNS.read(rows, 2, values);
                    sink.accept(Records.account(values.build()));
                }
            }
        }
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
