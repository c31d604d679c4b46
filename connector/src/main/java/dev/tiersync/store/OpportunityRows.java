package dev.tiersync.store;

import dev.tiersync.domain.Opportunity;
import dev.tiersync.salesforce.Pulled;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** Opportunities in {@code ts_opportunity}. */
final class OpportunityRows {

    static final String VALUE_COLUMNS = "account_id, amount, stage_name, is_closed, is_won, close_date, created_date";

    private OpportunityRows() {
    }

    static void put(Connection connection, String org, long generation, List<Pulled<Opportunity>> page) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ts_opportunity WHERE org_id = ? AND id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO ts_opportunity (org_id, id, generation, "
                     + "system_modstamp, " + VALUE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean inserts = false;
            for (Pulled<Opportunity> pulled : page) {
                delete.setString(1, org);
                delete.setString(2, pulled.id());
                delete.addBatch();
                if (!pulled.deleted()) {
                    Opportunity opportunity = pulled.record();
                    insert.setString(1, org);
                    insert.setString(2, pulled.id());
                    insert.setLong(3, generation);
                    Columns.setInstant(insert, 4, pulled.systemModstamp());
                    insert.setString(5, opportunity.accountId());
                    insert.setDouble(6, opportunity.amount());
                    insert.setString(7, opportunity.stageName());
                    insert.setBoolean(8, opportunity.closed());
                    insert.setBoolean(9, opportunity.won());
                    Columns.setDate(insert, 10, opportunity.closeDate());
                    Columns.setInstant(insert, 11, opportunity.createdDate());
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

    static void forEach(Connection connection, String org, Consumer<Opportunity> sink) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + VALUE_COLUMNS
                + " FROM ts_opportunity WHERE org_id = ? ORDER BY id")) {
            select.setFetchSize(AccountRows.FETCH_SIZE);
            select.setString(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sink.accept(new Opportunity(rows.getString(1), rows.getString(2), rows.getDouble(3), rows.getString(4),
                            rows.getBoolean(5), rows.getBoolean(6), Columns.date(rows, 7), Columns.instant(rows, 8)));
                }
            }
        }
    }
}
