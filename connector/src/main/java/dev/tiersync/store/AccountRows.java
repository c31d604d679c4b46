package dev.tiersync.store;

import dev.tiersync.domain.Account;
import dev.tiersync.domain.Pin;
import dev.tiersync.domain.Tier;
import dev.tiersync.domain.TierSyncField;
import dev.tiersync.domain.TierSyncValues;
import dev.tiersync.domain.firmographics.Region;
import dev.tiersync.domain.firmographics.SizeBand;
import dev.tiersync.domain.signals.ChurnRisk;
import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.Pulled;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** Accounts in {@code ts_account}: one column per value the assessment reads or TierSync writes. */
final class AccountRows {

    static final String VALUE_COLUMNS = "name, industry, annual_revenue, number_of_employees, billing_country, account_type, "
            + "parent_id, created_date, tier, model_tier, previous_tier, tier_changed_on, segment, size_band, region, "
            + "value_score, churn_risk, upsell_candidate, reasons, segments_updated_at, pin_tier, pin_until, pin_reason";
    static final int VALUE_COUNT = 23;
    static final int FETCH_SIZE = 5000;

    private AccountRows() {
    }

    static void put(Connection connection, String org, long generation, List<Pulled<Account>> page) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ts_account WHERE org_id = ? AND id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO ts_account (org_id, id, generation, "
                     + "system_modstamp, " + VALUE_COLUMNS + ") VALUES (?, ?, ?, ?" + ", ?".repeat(VALUE_COUNT) + ")")) {
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
                    bind(insert, 5, pulled.record());
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

    private static void bind(PreparedStatement statement, int first, Account account) throws SQLException {
        int i = first;
        statement.setString(i++, account.name());
        statement.setString(i++, account.industry());
        statement.setBigDecimal(i++, account.annualRevenue());
        Columns.setInteger(statement, i++, account.numberOfEmployees());
        statement.setString(i++, account.billingCountry());
        statement.setString(i++, account.type());
        statement.setString(i++, account.parentId());
        Columns.setInstant(statement, i++, account.createdDate());
        TierSyncValues values = account.current();
        Columns.setEnum(statement, i++, values.tier());
        Columns.setEnum(statement, i++, values.modelTier());
        Columns.setEnum(statement, i++, values.previousTier());
        Columns.setDate(statement, i++, values.tierChangedOn());
        statement.setString(i++, values.segment());
        Columns.setEnum(statement, i++, values.sizeBand());
        Columns.setEnum(statement, i++, values.region());
        Columns.setDouble(statement, i++, values.valueScore());
        Columns.setEnum(statement, i++, values.churnRisk());
        Columns.setBoolean(statement, i++, values.upsellCandidate());
        statement.setString(i++, values.reasons());
        Columns.setInstant(statement, i++, values.segmentsUpdatedAt());
        Pin pin = account.pin();
        Columns.setEnum(statement, i++, pin.tier());
        Columns.setDate(statement, i++, pin.until());
        statement.setString(i, pin.reason());
    }

    static void forEach(Connection connection, String org, Consumer<Account> sink) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + VALUE_COLUMNS
                + " FROM ts_account WHERE org_id = ? ORDER BY id")) {
            select.setFetchSize(FETCH_SIZE);
            select.setString(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sink.accept(read(rows));
                }
            }
        }
    }

    private static Account read(ResultSet rows) throws SQLException {
        TierSyncValues values = new TierSyncValues(
                Columns.enumValue(rows, 10, Tier::valueOf),
                Columns.enumValue(rows, 11, Tier::valueOf),
                Columns.enumValue(rows, 12, Tier::valueOf),
                Columns.date(rows, 13),
                rows.getString(14),
                Columns.enumValue(rows, 15, SizeBand::valueOf),
                Columns.enumValue(rows, 16, Region::valueOf),
                Columns.doubleValue(rows, 17),
                Columns.enumValue(rows, 18, ChurnRisk::valueOf),
                Columns.bool(rows, 19),
                rows.getString(20),
                Columns.instant(rows, 21));
        return new Account(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBigDecimal(4),
                Columns.integer(rows, 5), rows.getString(6), rows.getString(7), rows.getString(8), Columns.instant(rows, 9),
                values, new Pin(Columns.enumValue(rows, 22, Tier::valueOf), Columns.date(rows, 23), rows.getString(24)));
    }

    /**
     * Sets the written fields of each account to the values written, leaving the others as stored: one
     * column per TierSync field, each set only when the update changed it.
     */
    static void recordWritten(Connection connection, String org, List<AccountUpdate> written) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE ts_account SET ");
        for (TierSyncField field : TierSyncField.values()) {
            String column = column(field);
            sql.append(column).append(" = CASE WHEN ? THEN ? ELSE ").append(column).append(" END, ");
        }
        sql.append("segments_updated_at = ? WHERE org_id = ? AND id = ?");
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            for (AccountUpdate row : written) {
                int i = 1;
                TierSyncValues values = row.values();
                for (TierSyncField field : TierSyncField.values()) {
                    update.setBoolean(i++, row.changed().contains(field));
                    bindField(update, i++, field, values);
                }
                Columns.setInstant(update, i++, values.segmentsUpdatedAt());
                update.setString(i++, org);
                update.setString(i, row.accountId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static String column(TierSyncField field) {
        return switch (field) {
            case TIER -> "tier";
            case MODEL_TIER -> "model_tier";
            case PREVIOUS_TIER -> "previous_tier";
            case TIER_CHANGED_ON -> "tier_changed_on";
            case SEGMENT -> "segment";
            case SIZE_BAND -> "size_band";
            case REGION -> "region";
            case VALUE_SCORE -> "value_score";
            case CHURN_RISK -> "churn_risk";
            case UPSELL_CANDIDATE -> "upsell_candidate";
            case REASONS -> "reasons";
        };
    }

    private static void bindField(PreparedStatement statement, int index, TierSyncField field, TierSyncValues values)
            throws SQLException {
        switch (field) {
            case TIER -> Columns.setEnum(statement, index, values.tier());
            case MODEL_TIER -> Columns.setEnum(statement, index, values.modelTier());
            case PREVIOUS_TIER -> Columns.setEnum(statement, index, values.previousTier());
            case TIER_CHANGED_ON -> Columns.setDate(statement, index, values.tierChangedOn());
            case SEGMENT -> statement.setString(index, values.segment());
            case SIZE_BAND -> Columns.setEnum(statement, index, values.sizeBand());
            case REGION -> Columns.setEnum(statement, index, values.region());
            case VALUE_SCORE -> Columns.setDouble(statement, index, values.valueScore());
            case CHURN_RISK -> Columns.setEnum(statement, index, values.churnRisk());
            case UPSELL_CANDIDATE -> Columns.setBoolean(statement, index, values.upsellCandidate());
            case REASONS -> statement.setString(index, values.reasons());
        }
    }
}
