package dev.tiersync.store;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.catalog.AccountFields;
import dev.tiersync.domain.catalog.Records;
import dev.tiersync.salesforce.Pulled;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Accounts in {@code ts_account} and pages ({@link #TABLE}), and the checkpoint of what a run wrote to them. */
final class AccountRows {

    /** The accounts' table. */
    static final RecordTable<Account> TABLE = new RecordTable<>("ts_account", AccountFields.ALL, AccountFields.ID,
            Records::values, Records::account, new OrgFieldColumn());

    private AccountRows() {
    }

    /**
     * Stores the accounts as written, each replacing its stored self (a row, or the copy in a page, which the row then
     * masks) under the generation of the org's cursor; its {@code SystemModstamp} is the write's time.
     */
    static void recordWritten(Connection connection, String org, List<Account> written) throws SQLException {
        long generation;
        try (PreparedStatement select = connection.prepareStatement("SELECT generation FROM ts_sync_cursor WHERE org_id = ?")) {
            select.setString(1, org);
            try (java.sql.ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("org " + org + " has no cursor: nothing was pulled to write from");
                }
                generation = rows.getLong(1);
            }
        }
        List<Pulled<Account>> rows = new java.util.ArrayList<>(written.size());
        for (Account account : written) {
            java.time.Instant at = java.util.Objects.requireNonNull(account.current().get(AccountFields.SEGMENTS_UPDATED_AT),
                    "a written account carries its update time");
            rows.add(new Pulled<>(account.id(), account, at, false));
        }
        TABLE.put(connection, org, generation, rows, true);
    }
}
