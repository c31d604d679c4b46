package dev.tiersync.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.domain.Tier;
import dev.tiersync.plugin.api.RunStatus;
import dev.tiersync.plugin.api.RunSummary;
import dev.tiersync.sync.PullSummary;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncStatus;
import dev.tiersync.sync.WriteFailure;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummariesTest {

    @Test
    void aReportIsSummarisedWithTierValuesAndSegmentNames() {
        SyncReport report = new SyncReport(
                new SyncReport.Run(SyncStatus.PARTIALLY_FAILED, LocalDate.of(2025, 6, 1), false,
                        Instant.parse("2025-06-01T06:00:00Z"), Duration.ofSeconds(42), null),
                new SyncReport.Assessed(120, 900, 3), PullSummary.NONE,
                new SyncReport.Findings(Map.of(Tier.A, 12, Tier.PROSPECT, 40), Map.of("Core", 30, "Long Tail", 90), 9, List.of()),
                new SyncReport.Changes(17, Map.of(), List.of(), 1),
                new SyncReport.Writes(15, List.of(new WriteFailure("001A", "FIELD_CUSTOM_VALIDATION_EXCEPTION", "no"),
                        new WriteFailure("001B", "UNABLE_TO_LOCK_ROW", "locked")), 0, false),
                new SyncReport.ApiCalls(5, null), SyncReport.Plugins.NONE, Map.of());

        RunSummary summary = RunSummaries.of("acme", report);

        assertThat(summary.org()).isEqualTo("acme");
        assertThat(summary.status()).isEqualTo(RunStatus.PARTIALLY_FAILED);
        assertThat(summary.asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(summary.startedAt()).contains(Instant.parse("2025-06-01T06:00:00Z"));
        assertThat(summary.duration()).isEqualTo(Duration.ofSeconds(42));
        assertThat(summary.accountsAssessed()).isEqualTo(120);
        assertThat(summary.accountsChanged()).isEqualTo(17);
        assertThat(summary.accountsWritten()).isEqualTo(15);
        assertThat(summary.accountsRejected()).isEqualTo(2);
        assertThat(summary.upsellCandidates()).isEqualTo(9);
        assertThat(summary.tierCounts()).containsExactly(Map.entry("A", 12), Map.entry("Prospect", 40));
        assertThat(summary.segmentCounts()).containsExactly(Map.entry("Core", 30), Map.entry("Long Tail", 90));
        assertThat(summary.error()).isEmpty();
    }

    @Test
    void everySyncStatusHasItsRunStatus() {
        assertThat(Arrays.stream(SyncStatus.values()).map(RunSummaries::status))
                .containsExactly(RunStatus.SUCCEEDED, RunStatus.PARTIALLY_FAILED, RunStatus.DEFERRED, RunStatus.BRAKED, RunStatus.FAILED,
                        RunStatus.SKIPPED);
    }
}
