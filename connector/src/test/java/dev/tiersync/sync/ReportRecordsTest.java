package dev.tiersync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The report's own records stay small on a large org: counted in full, listed up to a thousand. */
class ReportRecordsTest {

    @Test
    void aFirstRunOnALargeOrgCountsEveryChangeAndListsTheFirstThousand() {
        List<PlannedRecord> planned = IntStream.range(0, 2500)
                .mapToObj(i -> new PlannedRecord("Segment_Change__c", "001" + i, "tier blank to A")).toList();

        SyncReport.Records records = new SyncReport.Records(planned.size(), 0, planned, List.of(), 0, 0, 0, List.of());

        assertThat(records.creating()).isEqualTo(2500);
        assertThat(records.toCreate()).hasSize(SyncReport.Records.LISTED).startsWith(planned.get(0));
    }
}
