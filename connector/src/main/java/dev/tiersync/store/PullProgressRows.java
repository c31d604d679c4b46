package dev.tiersync.store;

import dev.tiersync.sync.PullProgress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The org's pull in progress in {@code ts_pull_run}, and each object's position in {@code ts_pull_position}. */
final class PullProgressRows {

    private PullProgressRows() {
    }

    static Optional<PullProgress> read(Connection connection, String org) throws SQLException {
        try (PreparedStatement run = connection.prepareStatement("SELECT generation, full_pull, changed_since, started_at, "
                + "begun_at, reason, org_fields FROM ts_pull_run WHERE org_id = ?");
             PreparedStatement positions = connection.prepareStatement("SELECT object_name, whole, after_id, done, records, "
                     + "range_from, range_to FROM ts_pull_position WHERE org_id = ?")) {
            run.setString(1, org);
            try (ResultSet rows = run.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Map<String, PullProgress.Position> objects = new HashMap<>();
                positions.setString(1, org);
                try (ResultSet each = positions.executeQuery()) {
                    while (each.next()) {
                        objects.put(each.getString(1), new PullProgress.Position(each.getBoolean(2), each.getString(3),
                                each.getBoolean(4), each.getInt(5), new dev.tiersync.salesforce.IdRange(each.getString(6),
                                each.getString(7))));
                    }
                }
                return Optional.of(new PullProgress(rows.getLong(1), rows.getBoolean(2), Columns.instant(rows, 3),
                        Columns.instant(rows, 4), Columns.instant(rows, 5), rows.getString(6),
                        rows.getString(7).isEmpty() ? java.util.List.of() : java.util.List.of(rows.getString(7).split(",")),
                        objects));
            }
        }
    }

    static void begin(Connection connection, String org, PullProgress pull) throws SQLException {
        forget(connection, org);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ts_pull_run (org_id, generation, full_pull, "
                + "changed_since, started_at, begun_at, reason, org_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, org);
            insert.setLong(2, pull.generation());
            insert.setBoolean(3, pull.full());
            Columns.setInstant(insert, 4, pull.changedSince());
            Columns.setInstant(insert, 5, pull.startedAt());
            Columns.setInstant(insert, 6, pull.begunAt());
            insert.setString(7, pull.reason().length() > 2000 ? pull.reason().substring(0, 2000) : pull.reason());
            insert.setString(8, String.join(",", pull.orgFields()));
            insert.executeUpdate();
        }
        for (Map.Entry<String, PullProgress.Position> object : pull.objects().entrySet()) {
            position(connection, org, object.getKey(), object.getValue());
        }
    }

    static void position(Connection connection, String org, String object, PullProgress.Position position) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM ts_pull_position WHERE org_id = ? AND object_name = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO ts_pull_position (org_id, object_name, whole, "
                     + "after_id, done, records, range_from, range_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            delete.setString(1, org);
            delete.setString(2, object);
            delete.executeUpdate();
            insert.setString(1, org);
            insert.setString(2, object);
            insert.setBoolean(3, position.whole());
            insert.setString(4, position.afterId());
            insert.setBoolean(5, position.done());
            insert.setInt(6, position.records());
            insert.setString(7, position.range().from());
            insert.setString(8, position.range().to());
            insert.executeUpdate();
        }
    }

    static void forget(Connection connection, String org) throws SQLException {
        for (String table : new String[] {"ts_pull_position", "ts_pull_run"}) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE org_id = ?")) {
                delete.setString(1, org);
                delete.executeUpdate();
            }
        }
    }
}
