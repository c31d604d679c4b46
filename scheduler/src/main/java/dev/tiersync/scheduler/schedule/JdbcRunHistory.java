package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.config.HistoryProperties;
import dev.tiersync.scheduler.report.ReportJson;
import dev.tiersync.sync.DisabledPlugin;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncStatus;
import dev.tiersync.sync.WriteFailure;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The run history in TierSync's database; runs older than the retention are deleted as new ones arrive. */
@Component
public class JdbcRunHistory implements RunHistory {

    static final int MESSAGE_LENGTH = 4000;
    static final String COLUMNS = "id, org_key, started_at, finished_at, status, dry_run, full_pull, accounts_assessed, "
            + "accounts_pulled, opportunities_pulled, accounts_changed, accounts_written, failures, api_calls, duration_ms, error, "
            + "api_used, api_limit";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration retention;

    public JdbcRunHistory(DataSource dataSource, Clock clock, HistoryProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.clock = clock;
        this.retention = properties.retention();
    }

    @Override
    public void record(String runId, String org, SyncReport report) {
        RunRecord run = RunRecord.of(runId, org, report);
        RunRecord.Counts counts = run.counts();
        transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO ts_run (" + COLUMNS + ", report_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    run.id(), run.org(), utc(run.startedAt()), utc(run.finishedAt()), run.status().name(), run.dryRun(),
                    run.fullPull(), counts.accountsAssessed(), counts.accountsPulled(), counts.opportunitiesPulled(),
                    counts.accountsChanged(), counts.accountsWritten(), counts.failures(), counts.apiCalls(),
                    run.durationMillis(), clip(run.error()), run.api().apiUsed(), run.api().apiLimit(),
                    ReportJson.toJson(report, org));
            jdbc.batchUpdate("INSERT INTO ts_run_error (run_id, account_id, status_code, message) VALUES (?, ?, ?, ?)",
                    report.writes().failures(), 500, (statement, failure) -> {
                        statement.setString(1, runId);
                        statement.setString(2, failure.accountId());
                        statement.setString(3, failure.statusCode());
                        statement.setString(4, clip(failure.message() == null ? "" : failure.message()));
                    });
            insertPluginFailures(runId, report.plugins().disabled());
            OffsetDateTime cutoff = utc(clock.instant().minus(retention));
            jdbc.update("DELETE FROM ts_run_error WHERE run_id IN (SELECT id FROM ts_run WHERE started_at < ?)", cutoff);
            jdbc.update("DELETE FROM ts_run_plugin_failure WHERE run_id IN (SELECT id FROM ts_run WHERE started_at < ?)", cutoff);
            jdbc.update("DELETE FROM ts_run WHERE started_at < ?", cutoff);
        });
    }

    @Override
    public void recordPluginFailures(String runId, List<DisabledPlugin> failures) {
        if (!failures.isEmpty()) {
            transaction.executeWithoutResult(status -> insertPluginFailures(runId, failures));
        }
    }

    @Override
    public List<DisabledPlugin> pluginFailures(String runId) {
        return jdbc.query("SELECT plugin_id, jar, point, contribution, account_id, error, failed_at FROM ts_run_plugin_failure "
                + "WHERE run_id = ? ORDER BY failed_at, plugin_id", (rows, n) -> new DisabledPlugin(rows.getString(1), rows.getString(2),
                rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), instant(rows, 7)), runId);
    }

    /** A plugin is switched off once per run: a second failure of it in the same run is not kept. */
    private void insertPluginFailures(String runId, List<DisabledPlugin> failures) {
        for (DisabledPlugin failure : failures) {
            if (pluginFailures(runId).stream().noneMatch(known -> known.plugin().equals(failure.plugin()))) {
                jdbc.update("INSERT INTO ts_run_plugin_failure (run_id, plugin_id, jar, point, contribution, account_id, error, "
                        + "failed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", runId, failure.plugin(), failure.jar(), failure.point(),
                        failure.contribution(), failure.accountId(), clip(failure.error()), utc(failure.at()));
            }
        }
    }

    @Override
    public List<RunRecord> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ts_run ORDER BY started_at DESC, id FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY", JdbcRunHistory::run);
    }

    @Override
    public List<RunRecord> recent(String org, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ts_run WHERE org_key = ? ORDER BY started_at DESC, id FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", JdbcRunHistory::run, org);
    }

    @Override
    public List<RunRecord> find(RunQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> arguments = new java.util.ArrayList<>();
        if (query.org() != null) {
            where.append(" AND org_key = ?");
            arguments.add(query.org());
        }
        if (query.status() != null) {
            where.append(" AND status = ?");
            arguments.add(query.status().name());
        }
        if (query.dryRun() != null) {
            where.append(" AND dry_run = ?");
            arguments.add(query.dryRun());
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM ts_run" + where + " ORDER BY started_at DESC, id OFFSET " + query.offset()
                + " ROWS FETCH NEXT " + query.limit() + " ROWS ONLY", JdbcRunHistory::run, arguments.toArray());
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ts_run WHERE id = ?", JdbcRunHistory::run, runId).stream().findFirst();
    }

    @Override
    public List<WriteFailure> failures(String runId) {
        return jdbc.query("SELECT account_id, status_code, message FROM ts_run_error WHERE run_id = ? ORDER BY account_id",
                (rows, n) -> new WriteFailure(rows.getString(1), rows.getString(2), rows.getString(3)), runId);
    }

    @Override
    public Optional<String> report(String runId) {
        return jdbc.queryForList("SELECT report_json FROM ts_run WHERE id = ?", String.class, runId).stream().findFirst();
    }

    private static RunRecord run(ResultSet rows, int n) throws SQLException {
        return new RunRecord(rows.getString(1), rows.getString(2), instant(rows, 3), instant(rows, 4),
                SyncStatus.valueOf(rows.getString(5)), rows.getBoolean(6), rows.getBoolean(7),
                new RunRecord.Counts(rows.getInt(8), rows.getInt(9), rows.getInt(10), rows.getInt(11), rows.getInt(12),
                        rows.getInt(13), rows.getInt(14)), rows.getLong(15), rows.getString(16),
                new RunRecord.ApiUse((Integer) rows.getObject(17), (Integer) rows.getObject(18)));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String clip(String text) {
        return text == null || text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH);
    }
}
