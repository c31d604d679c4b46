package dev.tiersync.store;

import dev.tiersync.domain.Opportunity;
import dev.tiersync.domain.catalog.OpportunityFields;
import dev.tiersync.domain.catalog.Records;
import dev.tiersync.domain.fields.FieldValues;
import dev.tiersync.salesforce.Pulled;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** Opportunities in {@code ts_opportunity}: one column per catalog field the snapshot keeps (see {@link OpportunityFields}). */
final class OpportunityRows {

    private static final Columns COLUMNS = Columns.of(OpportunityFields.ALL);

    private OpportunityRows() {
    }

    static void put(Connection connection, String org, long generation, List<Pulled<Opportunity>> page) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ts_opportunity WHERE org_id = ? AND id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO ts_opportunity (org_id, id, generation, "
                     + "system_modstamp, " + COLUMNS.names() + ") VALUES (?, ?, ?, ?" + COLUMNS.placeholders() + ")")) {
            boolean inserts = false;
            for (Pulled<Opportunity> pulled : page) {
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

    static void forEach(Connection connection, String org, Consumer<Opportunity> sink) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + COLUMNS.names()
                + " FROM ts_opportunity WHERE org_id = ? ORDER BY id")) {
            select.setFetchSize(AccountRows.FETCH_SIZE);
            select.setString(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    FieldValues.Builder values = FieldValues.builder().set(OpportunityFields.ID, rows.getString(1));
                    COLUMNS.read(rows, 2, values);
                    sink.accept(Records.opportunity(values.build()));
                }
            }
        }
    }
}
