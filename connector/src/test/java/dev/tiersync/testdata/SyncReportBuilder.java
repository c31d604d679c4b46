package dev.tiersync.testdata;

import dev.tiersync.salesforce.ApiUsage;
import dev.tiersync.sync.DisabledPlugin;
import dev.tiersync.sync.PullSummary;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncStatus;
import dev.tiersync.sync.WriteFailure;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds sync reports for tests of what consumes them (history, alerts, metrics): plain defaults, change what matters. */
public final class SyncReportBuilder {

    private SyncStatus status = SyncStatus.SUCCEEDED;
    private LocalDate asOf = LocalDate.of(2026, 6, 1);
    private boolean dryRun;
    private Instant startedAt = Instant.parse("2026-06-01T02:00:00Z");
    private Duration duration = Duration.ofSeconds(1);
    private int accountsAssessed = 10;
    private int opportunitiesAssessed = 50;
    private int accountsChanged;
    private int accountsWritten;
    private List<WriteFailure> failures = List.of();
    private int apiCalls = 3;
    private ApiUsage apiUsage;
    private String error;
    private List<DisabledPlugin> disabledPlugins = List.of();

    private SyncReportBuilder() {
    }

    public static SyncReportBuilder aReport() {
        return new SyncReportBuilder();
    }

    public SyncReportBuilder status(SyncStatus value) {
        this.status = value;
        return this;
    }

    public SyncReportBuilder dryRun(boolean value) {
        this.dryRun = value;
        return this;
    }

    public SyncReportBuilder startedAt(Instant value) {
        this.startedAt = value;
        return this;
    }

    public SyncReportBuilder lasting(Duration value) {
        this.duration = value;
        return this;
    }

    public SyncReportBuilder assessed(int accounts, int opportunities) {
        this.accountsAssessed = accounts;
        this.opportunitiesAssessed = opportunities;
        return this;
    }

    public SyncReportBuilder changed(int accounts) {
        this.accountsChanged = accounts;
        return this;
    }

    public SyncReportBuilder written(int accounts) {
        this.accountsWritten = accounts;
        return this;
    }

    public SyncReportBuilder failures(List<WriteFailure> value) {
        this.failures = List.copyOf(value);
        return this;
    }

    public SyncReportBuilder apiCalls(int calls, ApiUsage usage) {
        this.apiCalls = calls;
        this.apiUsage = usage;
        return this;
    }

    public SyncReportBuilder error(String value) {
        this.error = value;
        return this;
    }

    public SyncReportBuilder disabledPlugins(List<DisabledPlugin> value) {
        this.disabledPlugins = List.copyOf(value);
        return this;
    }

    public SyncReport build() {
        return new SyncReport(new SyncReport.Run(status, asOf, dryRun, startedAt, duration, error),
                new SyncReport.Assessed(accountsAssessed, opportunitiesAssessed, 0), PullSummary.NONE, SyncReport.Findings.NONE,
                new SyncReport.Changes(accountsChanged, Map.of(), List.of(), 1),
                new SyncReport.Writes(accountsWritten, failures, 0, false), new SyncReport.ApiCalls(apiCalls, apiUsage),
                new SyncReport.Plugins(disabledPlugins), Map.of());
    }
}
