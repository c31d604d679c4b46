package dev.tiersync.store;

import dev.tiersync.sync.LedgerEntry;
import dev.tiersync.sync.WriteFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The write ledger in {@code ts_write_ledger}: one row per account Salesforce refused and no run has written since. */
final class LedgerRows {

    static final int MESSAGE_LENGTH = 4000;

    private LedgerRows() {
    }

    static void record(Connection connection, String org, Instant at, List<WriteFailure> failures, Collection<String> written)
            throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM ts_write_ledger WHERE org_id = ? AND account_id = ?");
             PreparedStatement again = connection.prepareStatement("UPDATE ts_write_ledger SET status_code = ?, message = ?, "
                     + "last_failed = ?, attempts = attempts + 1 WHERE org_id = ? AND account_id = ?");
             PreparedStatement first = connection.prepareStatement("INSERT INTO ts_write_ledger (org_id, account_id, "
                     + "status_code, message, first_failed, last_failed, attempts) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
            for (String id : written) {
                clear.setString(1, org);
                clear.setString(2, id);
                clear.addBatch();
            }
            clear.executeBatch();
            for (WriteFailure failure : failures) {
                String message = failure.message() == null ? "" : failure.message();
                message = message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message;
                again.setString(1, failure.statusCode());
                again.setString(2, message);
                Columns.setInstant(again, 3, at);
                again.setString(4, org);
                again.setString(5, failure.accountId());
                if (again.executeUpdate() == 0) {
                    first.setString(1, org);
                    first.setString(2, failure.accountId());
                    first.setString(3, failure.statusCode());
                    first.setString(4, message);
                    Columns.setInstant(first, 5, at);
                    Columns.setInstant(first, 6, at);
                    first.executeUpdate();
                }
            }
        }
    }

    static List<LedgerEntry> all(Connection connection, String org) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT account_id, status_code, message, first_failed, "
                + "last_failed, attempts FROM ts_write_ledger WHERE org_id = ? ORDER BY first_failed, account_id")) {
            select.setString(1, org);
            List<LedgerEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new LedgerEntry(rows.getString(1), rows.getString(2), rows.getString(3),
                            Columns.instant(rows, 4), Columns.instant(rows, 5), rows.getInt(6)));
                }
            }
            return entries;
        }
    }
}
